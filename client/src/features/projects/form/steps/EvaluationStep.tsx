import { EVALUATION_TYPES, EVIDENCE_LEVELS } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Select, TextArea } from '../../../../ui/form/Field';
import type { StepProps } from '../steps';

export function EvaluationStep({ fields, set, error, id }: StepProps) {
  const { t } = useTranslation();
  const evaluation = (patch: Partial<typeof fields.evaluation>) =>
    set({ evaluation: { ...fields.evaluation, ...patch } });
  return (
    <>
      <Select
        id={`${id}-evaluation`}
        label={t('projects.fields.evaluationType')}
        value={fields.evaluation.type}
        options={EVALUATION_TYPES.map((value) => ({
          value,
          label: t(`projects.evaluation.${value}`),
        }))}
        onValueChange={(type) => type && evaluation({ type })}
      />
      <TextArea
        id={`${id}-method`}
        label={t('projects.fields.evaluationMethod')}
        value={fields.evaluation.method}
        error={error('evaluation.method')}
        onValueChange={(method) => evaluation({ method })}
      />
      <TextArea
        id={`${id}-result`}
        label={t('projects.fields.evaluationResult')}
        value={fields.evaluation.result}
        error={error('evaluation.result')}
        onValueChange={(result) => evaluation({ result })}
      />
      <Select
        id={`${id}-evidence`}
        label={t('projects.fields.evidenceLevel')}
        hint={t('projects.hints.evidenceLevel')}
        value={fields.evidenceLevel ?? ''}
        empty={t('projects.form.none')}
        options={EVIDENCE_LEVELS.map((value) => ({
          value,
          label: t(`projects.evidence.${value}`),
        }))}
        onValueChange={(evidenceLevel) => set({ evidenceLevel: evidenceLevel || null })}
      />
      <TextArea
        id={`${id}-replication`}
        label={t('projects.fields.replicationNotes')}
        hint={t('projects.hints.replicationNotes')}
        value={fields.replicationNotes}
        error={error('replicationNotes')}
        onValueChange={(replicationNotes) => set({ replicationNotes })}
      />
    </>
  );
}
