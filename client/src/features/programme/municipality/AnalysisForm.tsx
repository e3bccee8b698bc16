import { ANALYSIS_STATUSES, endpoints, todayInSaxony, type AnalysisStatus } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { linkableMeasuresQuery } from '../queries';
import { CheckboxGroup, Field, Select, TextArea, TextField } from '../../../ui/form/Field';
import { FormAlert } from './FormAlert';
import { useRecordMutation } from './useRecordMutation';

interface Recommendation {
  text: string;
  findingKeys: string[];
  measures: string[];
}

const measureValue = (planId: string, measureId: string) => `${planId}/${measureId}`;

/** Records a security analysis: status, survey, findings and recommendations linked to findings and plan measures. */
export function AnalysisForm({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const measures = useQuery(linkableMeasuresQuery(municipalityId));
  const [status, setStatus] = useState<AnalysisStatus>('agreed');
  const [date, setDate] = useState(todayInSaxony());
  const [surveySize, setSurveySize] = useState('1000');
  const [returnRate, setReturnRate] = useState('');
  const [findings, setFindings] = useState<string[]>([]);
  const [recommendations, setRecommendations] = useState<Recommendation[]>([]);
  const save = useRecordMutation(() =>
    api(endpoints.programme.createAnalysis, {
      params: { id: municipalityId },
      body: {
        statusHistory: [{ status, date }],
        surveySize: surveySize ? Number(surveySize) : null,
        returnRate: returnRate ? Number(returnRate) : null,
        findings: findings.map((text, i) => ({ key: `f${i + 1}`, text })),
        recommendations: recommendations.map((r, i) => ({
          key: `r${i + 1}`,
          text: r.text,
          findingKeys: r.findingKeys,
          measures: r.measures.map((value) => {
            const [planId = '', measureId = ''] = value.split('/');
            return { planId, measureId };
          }),
        })),
      },
    }),
  );
  const updateRec = (index: number, change: Partial<Recommendation>) =>
    setRecommendations((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };

  return (
    <form className="form programme-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programme.analyses.add')}</h3>
      <FormAlert error={save.error} />
      <div className="programme-form__grid">
        <Select
          id={`${id}-status`}
          label={t('programme.form.status')}
          value={status}
          options={ANALYSIS_STATUSES.map((s) => ({
            value: s,
            label: t(`programme.analysisStatus.${s}`),
          }))}
          onChange={(e) => setStatus(e.target.value as AnalysisStatus)}
        />
        <TextField
          id={`${id}-date`}
          label={t('programme.analyses.statusDate')}
          type="date"
          required
          value={date}
          onValueChange={setDate}
        />
        <TextField
          id={`${id}-size`}
          label={t('programme.analyses.surveySize')}
          type="number"
          min={0}
          value={surveySize}
          onValueChange={setSurveySize}
        />
        <TextField
          id={`${id}-rate`}
          label={t('programme.analyses.returnRate')}
          type="number"
          min={0}
          max={100}
          step={0.1}
          value={returnRate}
          onValueChange={setReturnRate}
        />
      </div>
      {findings.map((text, index) => (
        <TextArea
          key={`f${index}`}
          id={`${id}-finding-${index}`}
          label={t('programme.analyses.findingNumber', { number: index + 1 })}
          rows={2}
          required
          value={text}
          onValueChange={(value) =>
            setFindings((all) => all.map((f, i) => (i === index ? value : f)))
          }
        />
      ))}
      {recommendations.map((rec, index) => (
        <fieldset key={`r${index}`} className="programme-row programme-row--stack">
          <legend>{t('programme.analyses.recommendationNumber', { number: index + 1 })}</legend>
          <TextArea
            id={`${id}-rec-${index}`}
            label={t('programme.analyses.recommendationText')}
            rows={2}
            required
            value={rec.text}
            onValueChange={(value) => updateRec(index, { text: value })}
          />
          {findings.length > 0 ? (
            <CheckboxGroup
              id={`${id}-findings-${index}`}
              className="programme-checks"
              inline
              label={t('programme.analyses.answersFindings')}
              options={findings.map((_, f) => ({
                value: `f${f + 1}`,
                label: t('programme.analyses.findingNumber', { number: f + 1 }),
              }))}
              values={rec.findingKeys}
              onChange={(findingKeys) => updateRec(index, { findingKeys })}
            />
          ) : null}
          <Field
            id={`${id}-measures-${index}`}
            label={t('programme.analyses.linkMeasures')}
            hint={
              measures.data && measures.data.items.length === 0
                ? t('programme.analyses.noMeasures')
                : undefined
            }
          >
            {(control) => (
              <select
                {...control}
                multiple
                size={Math.min(5, Math.max(2, measures.data?.items.length ?? 2))}
                value={rec.measures}
                onChange={(e) =>
                  updateRec(index, { measures: [...e.target.selectedOptions].map((o) => o.value) })
                }
              >
                {(measures.data?.items ?? []).map((m) => (
                  <option
                    key={measureValue(m.planId, m.measureId)}
                    value={measureValue(m.planId, m.measureId)}
                  >
                    {m.title} ({m.planTitle})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      ))}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setFindings((all) => [...all, ''])}
        >
          {t('programme.analyses.addFinding')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRecommendations((all) => [...all, { text: '', findingKeys: [], measures: [] }])
          }
        >
          {t('programme.analyses.addRecommendation')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('programme.analyses.save')}
        </button>
        <span role="status" className="form__progress">
          {save.isSuccess ? t('programme.form.saved') : ''}
        </span>
      </div>
    </form>
  );
}
