import {
  FIELDS_OF_ACTION,
  PROJECT_SETTINGS,
  PROJECT_STATUSES,
  PROTECTIVE_FACTORS,
  RISK_FACTORS,
  VISIBILITIES,
} from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Select, TextArea, TextField } from '../../../../ui/form/Field';
import { ListEditor } from '../fields';
import type { StepProps } from '../steps';

export function BasicsStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${id}-title`}
        label={t('projects.fields.title')}
        required
        markRequired
        value={fields.title}
        error={error('title')}
        onValueChange={(title) => set({ title })}
      />
      <TextArea
        id={`${id}-summary`}
        label={t('projects.fields.summary')}
        hint={t('projects.hints.summary')}
        required
        markRequired
        rows={3}
        value={fields.summary}
        error={error('summary')}
        onValueChange={(summary) => set({ summary })}
      />
      <CheckboxGroup
        id={`${id}-fields`}
        label={t('projects.fields.fieldsOfAction')}
        required
        markRequired
        options={FIELDS_OF_ACTION.map((value) => ({ value, label: t(`vocab.field.${value}`) }))}
        values={fields.fieldsOfAction}
        error={error('fieldsOfAction')}
        onChange={(fieldsOfAction) => set({ fieldsOfAction })}
      />
      <CheckboxGroup
        id={`${id}-settings`}
        label={t('projects.fields.settings')}
        required
        markRequired
        options={PROJECT_SETTINGS.map((value) => ({
          value,
          label: t(`projects.setting.${value}`),
        }))}
        values={fields.settings}
        error={error('settings')}
        onChange={(settings) => set({ settings })}
      />
      <Select
        id={`${id}-status`}
        label={t('projects.fields.status')}
        value={fields.status}
        options={PROJECT_STATUSES.map((value) => ({ value, label: t(`projects.status.${value}`) }))}
        onValueChange={(status) => status && set({ status })}
      />
      <Select
        id={`${id}-visibility`}
        label={t('projects.fields.visibility')}
        hint={t('projects.hints.visibility')}
        value={fields.visibility}
        options={VISIBILITIES.map((value) => ({ value, label: t(`vocab.visibility.${value}`) }))}
        onValueChange={(visibility) => visibility && set({ visibility })}
      />
    </>
  );
}

export function ProblemStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  const problem = (patch: Partial<typeof fields.problem>) =>
    set({ problem: { ...fields.problem, ...patch } });
  return (
    <>
      <TextArea
        id={`${id}-what`}
        label={t('projects.fields.problemWhat')}
        hint={t('projects.hints.problemWhat')}
        required
        markRequired
        value={fields.problem.what}
        error={error('problem.what')}
        onValueChange={(what) => problem({ what })}
      />
      <div className="form-grid">
        <TextField
          id={`${id}-where`}
          label={t('projects.fields.problemWhere')}
          value={fields.problem.where}
          error={error('problem.where')}
          onValueChange={(where) => problem({ where })}
        />
        <TextField
          id={`${id}-since`}
          label={t('projects.fields.problemSince')}
          value={fields.problem.since}
          error={error('problem.since')}
          onValueChange={(since) => problem({ since })}
        />
      </div>
      <TextArea
        id={`${id}-evidence`}
        label={t('projects.fields.problemEvidence')}
        hint={t('projects.hints.problemEvidence')}
        value={fields.problem.evidence}
        error={error('problem.evidence')}
        onValueChange={(evidence) => problem({ evidence })}
      />
      <TextField
        id={`${id}-recommendation`}
        label={t('projects.fields.recommendation')}
        hint={t('projects.hints.recommendation')}
        value={fields.recommendation}
        error={error('recommendation')}
        onValueChange={(recommendation) => set({ recommendation })}
      />
    </>
  );
}

export function CausesStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextArea
        id={`${id}-causes`}
        label={t('projects.fields.causes')}
        hint={t('projects.hints.causes')}
        required
        markRequired
        value={fields.causes}
        error={error('causes')}
        onValueChange={(causes) => set({ causes })}
      />
      <CheckboxGroup
        id={`${id}-risk`}
        label={t('projects.fields.riskFactors')}
        hint={t('projects.hints.ctc')}
        options={RISK_FACTORS.map((value) => ({ value, label: t(`projects.risk.${value}`) }))}
        values={fields.riskFactors}
        error={error('riskFactors')}
        onChange={(riskFactors) => set({ riskFactors })}
      />
      <CheckboxGroup
        id={`${id}-protective`}
        label={t('projects.fields.protectiveFactors')}
        options={PROTECTIVE_FACTORS.map((value) => ({
          value,
          label: t(`projects.protective.${value}`),
        }))}
        values={fields.protectiveFactors}
        error={error('protectiveFactors')}
        onChange={(protectiveFactors) => set({ protectiveFactors })}
      />
    </>
  );
}

export function GoalsStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  const groups = (patch: Partial<typeof fields.targetGroups>) =>
    set({ targetGroups: { ...fields.targetGroups, ...patch } });
  return (
    <>
      <TextArea
        id={`${id}-prevention`}
        label={t('projects.fields.preventionGoal')}
        hint={t('projects.hints.preventionGoal')}
        required
        markRequired
        value={fields.preventionGoal}
        error={error('preventionGoal')}
        onValueChange={(preventionGoal) => set({ preventionGoal })}
      />
      <TextArea
        id={`${id}-goals`}
        label={t('projects.fields.projectGoals')}
        hint={t('projects.hints.projectGoals')}
        value={fields.projectGoals}
        error={error('projectGoals')}
        onValueChange={(projectGoals) => set({ projectGoals })}
      />
      <ListEditor
        legend={t('projects.fields.indicators')}
        hint={t('projects.hints.indicators')}
        items={fields.indicators}
        addLabel={t('projects.form.addIndicator')}
        removeLabel={(n) => t('projects.form.removeIndicator', { n })}
        create={() => ''}
        onChange={(indicators) => set({ indicators })}
      >
        {(indicator, index, update) => (
          <TextField
            id={`${id}-indicator-${index}`}
            label={t('projects.form.indicatorN', { n: index + 1 })}
            value={indicator}
            error={error(`indicators.${index}`)}
            onValueChange={update}
          />
        )}
      </ListEditor>
      <div className="form-grid">
        <TextField
          id={`${id}-primary`}
          label={t('projects.fields.targetPrimary')}
          required
          markRequired
          value={fields.targetGroups.primary}
          error={error('targetGroups.primary')}
          onValueChange={(primary) => groups({ primary })}
        />
        <TextField
          id={`${id}-secondary`}
          label={t('projects.fields.targetSecondary')}
          value={fields.targetGroups.secondary}
          error={error('targetGroups.secondary')}
          onValueChange={(secondary) => groups({ secondary })}
        />
      </div>
    </>
  );
}

export function ApproachStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextArea
        id={`${id}-approach`}
        label={t('projects.fields.approach')}
        required
        markRequired
        rows={6}
        value={fields.approach}
        error={error('approach')}
        onValueChange={(approach) => set({ approach })}
      />
      <TextArea
        id={`${id}-logic`}
        label={t('projects.fields.interventionLogic')}
        hint={t('projects.hints.interventionLogic')}
        value={fields.interventionLogic}
        error={error('interventionLogic')}
        onValueChange={(interventionLogic) => set({ interventionLogic })}
      />
    </>
  );
}
