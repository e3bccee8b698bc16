import {
  FIELDS_OF_ACTION,
  PROJECT_SETTINGS,
  PROJECT_STATUSES,
  PROTECTIVE_FACTORS,
  RISK_FACTORS,
  VISIBILITIES,
} from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, InputField, ListEditor, SelectField, TextAreaField } from '../fields';
import type { StepProps } from '../steps';

export function BasicsStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        id={`${id}-title`}
        label={t('projects.fields.title')}
        required
        value={fields.title}
        error={error('title')}
        onChange={(title) => set({ title })}
      />
      <TextAreaField
        id={`${id}-summary`}
        label={t('projects.fields.summary')}
        hint={t('projects.hints.summary')}
        required
        rows={3}
        value={fields.summary}
        error={error('summary')}
        onChange={(summary) => set({ summary })}
      />
      <CheckboxGroup
        id={`${id}-fields`}
        label={t('projects.fields.fieldsOfAction')}
        required
        options={FIELDS_OF_ACTION.map((value) => ({ value, label: t(`vocab.field.${value}`) }))}
        values={fields.fieldsOfAction}
        error={error('fieldsOfAction')}
        onChange={(fieldsOfAction) => set({ fieldsOfAction })}
      />
      <CheckboxGroup
        id={`${id}-settings`}
        label={t('projects.fields.settings')}
        required
        options={PROJECT_SETTINGS.map((value) => ({
          value,
          label: t(`projects.setting.${value}`),
        }))}
        values={fields.settings}
        error={error('settings')}
        onChange={(settings) => set({ settings })}
      />
      <SelectField
        id={`${id}-status`}
        label={t('projects.fields.status')}
        value={fields.status}
        options={PROJECT_STATUSES.map((value) => ({ value, label: t(`projects.status.${value}`) }))}
        onChange={(status) => status && set({ status })}
      />
      <SelectField
        id={`${id}-visibility`}
        label={t('projects.fields.visibility')}
        hint={t('projects.hints.visibility')}
        value={fields.visibility}
        options={VISIBILITIES.map((value) => ({ value, label: t(`vocab.visibility.${value}`) }))}
        onChange={(visibility) => visibility && set({ visibility })}
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
      <TextAreaField
        id={`${id}-what`}
        label={t('projects.fields.problemWhat')}
        hint={t('projects.hints.problemWhat')}
        required
        value={fields.problem.what}
        error={error('problem.what')}
        onChange={(what) => problem({ what })}
      />
      <div className="form-grid">
        <InputField
          id={`${id}-where`}
          label={t('projects.fields.problemWhere')}
          value={fields.problem.where}
          error={error('problem.where')}
          onChange={(where) => problem({ where })}
        />
        <InputField
          id={`${id}-since`}
          label={t('projects.fields.problemSince')}
          value={fields.problem.since}
          error={error('problem.since')}
          onChange={(since) => problem({ since })}
        />
      </div>
      <TextAreaField
        id={`${id}-evidence`}
        label={t('projects.fields.problemEvidence')}
        hint={t('projects.hints.problemEvidence')}
        value={fields.problem.evidence}
        error={error('problem.evidence')}
        onChange={(evidence) => problem({ evidence })}
      />
      <InputField
        id={`${id}-recommendation`}
        label={t('projects.fields.recommendation')}
        hint={t('projects.hints.recommendation')}
        value={fields.recommendation}
        error={error('recommendation')}
        onChange={(recommendation) => set({ recommendation })}
      />
    </>
  );
}

export function CausesStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={`${id}-causes`}
        label={t('projects.fields.causes')}
        hint={t('projects.hints.causes')}
        required
        value={fields.causes}
        error={error('causes')}
        onChange={(causes) => set({ causes })}
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
      <TextAreaField
        id={`${id}-prevention`}
        label={t('projects.fields.preventionGoal')}
        hint={t('projects.hints.preventionGoal')}
        required
        value={fields.preventionGoal}
        error={error('preventionGoal')}
        onChange={(preventionGoal) => set({ preventionGoal })}
      />
      <TextAreaField
        id={`${id}-goals`}
        label={t('projects.fields.projectGoals')}
        hint={t('projects.hints.projectGoals')}
        value={fields.projectGoals}
        error={error('projectGoals')}
        onChange={(projectGoals) => set({ projectGoals })}
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
          <InputField
            id={`${id}-indicator-${index}`}
            label={t('projects.form.indicatorN', { n: index + 1 })}
            value={indicator}
            error={error(`indicators.${index}`)}
            onChange={update}
          />
        )}
      </ListEditor>
      <div className="form-grid">
        <InputField
          id={`${id}-primary`}
          label={t('projects.fields.targetPrimary')}
          required
          value={fields.targetGroups.primary}
          error={error('targetGroups.primary')}
          onChange={(primary) => groups({ primary })}
        />
        <InputField
          id={`${id}-secondary`}
          label={t('projects.fields.targetSecondary')}
          value={fields.targetGroups.secondary}
          error={error('targetGroups.secondary')}
          onChange={(secondary) => groups({ secondary })}
        />
      </div>
    </>
  );
}

export function ApproachStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={`${id}-approach`}
        label={t('projects.fields.approach')}
        required
        rows={6}
        value={fields.approach}
        error={error('approach')}
        onChange={(approach) => set({ approach })}
      />
      <TextAreaField
        id={`${id}-logic`}
        label={t('projects.fields.interventionLogic')}
        hint={t('projects.hints.interventionLogic')}
        value={fields.interventionLogic}
        error={error('interventionLogic')}
        onChange={(interventionLogic) => set({ interventionLogic })}
      />
    </>
  );
}
