import type { SecurityAnalysis } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../lib/api';
import { membersQuery } from '../../councils/queries';
import { useUpdateAnalysis } from './useUpdateAnalysis';
import { Select, TextField } from '../../../ui/form/Field';

type PhaseDraft = {
  name: SecurityAnalysis['phases'][number]['name'];
  start: string;
  end: string;
  ownerId: string;
};

/** The nine phases with their dates and owner; owners edit them, everyone else reads. */
export function PhasesSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const manage = analysis.permissions.manage;
  const members = useQuery({ ...membersQuery(analysis.workspaceId), enabled: manage });
  const [phases, setPhases] = useState<PhaseDraft[]>(() =>
    analysis.phases.map((p) => ({
      name: p.name,
      start: p.start ?? '',
      end: p.end ?? '',
      ownerId: p.owner?.id ?? '',
    })),
  );
  const save = useUpdateAnalysis(analysis.id);
  const change = (index: number, patch: Partial<PhaseDraft>) =>
    setPhases((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.phases.title')}</h2>
      <ol className="card-list">
        {phases.map((phase, index) => {
          const shown = analysis.phases[index];
          return (
            <li key={phase.name} className="card">
              <h3 className="card__title">{t(`analysis.phases.name.${phase.name}`)}</h3>
              {manage ? (
                <div className="analysis-row">
                  <TextField
                    id={`${id}-${index}-start`}
                    label={t('analysis.phases.start')}
                    type="date"
                    value={phase.start}
                    onValueChange={(value) => change(index, { start: value })}
                  />
                  <TextField
                    id={`${id}-${index}-end`}
                    label={t('analysis.phases.end')}
                    type="date"
                    value={phase.end}
                    onValueChange={(value) => change(index, { end: value })}
                  />
                  <Select
                    id={`${id}-${index}-owner`}
                    label={t('analysis.phases.owner')}
                    empty={t('analysis.phases.noOwner')}
                    options={(members.data?.items ?? []).map((m) => ({
                      value: m.userId,
                      label: m.name,
                    }))}
                    value={phase.ownerId}
                    onValueChange={(ownerId) => change(index, { ownerId })}
                  />
                </div>
              ) : (
                <p>
                  {t('analysis.phases.summary', {
                    start: shown?.start ?? '–',
                    end: shown?.end ?? '–',
                    owner: shown?.owner?.name ?? '–',
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {manage ? (
        <div className="form__actions">
          {save.error ? (
            <p className="form__alert" role="alert">
              {t(errorKey(save.error))}
            </p>
          ) : null}
          {save.isSuccess ? <p role="status">{t('analysis.saved')}</p> : null}
          <button
            type="button"
            className="button"
            aria-disabled={save.isPending}
            onClick={() =>
              save.mutate({
                phases: phases.map((p) => ({
                  name: p.name,
                  start: p.start || null,
                  end: p.end || null,
                  ownerId: p.ownerId || null,
                })),
              })
            }
          >
            {t('analysis.phases.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
