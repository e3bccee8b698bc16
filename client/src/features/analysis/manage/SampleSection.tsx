import { endpoints, requiredSample, type SecurityAnalysis } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { ANALYSIS_KEY } from './queries';
import { TextField } from '../../../ui/form/Field';

/** The calculator (SURVEY-METHOD: n = 1.96²·p(1−p)/e², FPC, ÷ return rate) and the draw. */
export function SampleSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const population = analysis.register?.rows ?? null;
  const [margin, setMargin] = useState('5');
  const [returnRate, setReturnRate] = useState('40');
  const [size, setSize] = useState(analysis.sample?.size.toString() ?? '1000');
  const [seed, setSeed] = useState(analysis.sample?.seed ?? '');
  const [minimum, setMinimum] = useState('0');
  const marginValue = Number(margin) / 100;
  const rateValue = Number(returnRate) / 100;
  const calculated =
    marginValue > 0 && marginValue < 1 && rateValue > 0 && rateValue <= 1
      ? requiredSample({ margin: marginValue, returnRate: rateValue, population })
      : null;
  const draw = useMutation({
    mutationFn: () =>
      api(endpoints.analysis.drawSample, {
        params: { id: analysis.id },
        body: {
          size: Number(size),
          ...(seed.trim() ? { seed: seed.trim() } : {}),
          allocation: Number(minimum) > 0 ? 'minimum' : 'proportional',
          minimumPerStratum: Number(minimum),
        },
      }),
    onSuccess: async (design) => {
      setSeed(design.seed);
      await queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draw.isPending) draw.mutate();
  };
  const sample = analysis.sample;

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.sample.title')}</h2>
      <h3>{t('analysis.sample.calculator')}</h3>
      <div className="analysis-row">
        <TextField
          id={`${id}-margin`}
          label={t('analysis.sample.margin')}
          type="number"
          min={1}
          max={20}
          step={0.5}
          value={margin}
          onValueChange={setMargin}
        />
        <TextField
          id={`${id}-rate`}
          label={t('analysis.sample.returnRate')}
          type="number"
          min={1}
          max={100}
          value={returnRate}
          onValueChange={setReturnRate}
        />
      </div>
      <p role="status" data-testid="sample-calculator">
        {calculated
          ? t('analysis.sample.needed', {
              respondents: calculated.respondents,
              letters: calculated.letters,
            })
          : t('analysis.sample.invalid')}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <h3>{t('analysis.sample.draw')}</h3>
        {draw.error ? (
          <p className="form__alert" role="alert">
            {draw.error instanceof Error && 'fields' in draw.error
              ? ((draw.error as { fields: Array<{ message: string }> }).fields[0]?.message ??
                t(errorKey(draw.error)))
              : t(errorKey(draw.error))}
          </p>
        ) : null}
        <div className="analysis-row">
          <TextField
            id={`${id}-size`}
            label={t('analysis.sample.size')}
            type="number"
            min={1}
            value={size}
            onValueChange={setSize}
          />
          <TextField
            id={`${id}-seed`}
            label={t('analysis.sample.seed')}
            value={seed}
            maxLength={64}
            onValueChange={setSeed}
          />
          <TextField
            id={`${id}-minimum`}
            label={t('analysis.sample.minimum')}
            type="number"
            min={0}
            value={minimum}
            onValueChange={setMinimum}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={draw.isPending}>
            {t('analysis.sample.drawButton')}
          </button>
        </div>
      </form>
      {sample ? (
        <>
          <p role="status" data-testid="sample-drawn">
            {t('analysis.sample.drawn', {
              size: sample.size,
              seed: sample.seed,
              day: sample.drawnOn,
            })}
          </p>
          <div
            className="analysis-table-wrap"
            role="region"
            tabIndex={0}
            aria-label={t('analysis.sample.strata')}
          >
            <table className="analysis-table">
              <caption>{t('analysis.sample.strata')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.stratum.district')}</th>
                  <th scope="col">{t('analysis.stratum.ageGroup')}</th>
                  <th scope="col">{t('analysis.stratum.sex')}</th>
                  <th scope="col">{t('analysis.sample.population')}</th>
                  <th scope="col">{t('analysis.sample.count')}</th>
                </tr>
              </thead>
              <tbody>
                {sample.strata.map((s) => (
                  <tr key={`${s.district}|${s.ageGroup}|${s.sex}`}>
                    <td>{s.district}</td>
                    <td>{s.ageGroup}</td>
                    <td>{t(`analysis.sex.${s.sex}`)}</td>
                    <td>{s.population}</td>
                    <td>{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
