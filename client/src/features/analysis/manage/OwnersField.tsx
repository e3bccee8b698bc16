import type { SecurityAnalysis } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../lib/api';
import { CheckboxGroup } from '../../../ui/form/Field';
import { membersQuery } from '../../councils/queries';
import { useUpdateAnalysis } from './useUpdateAnalysis';

/**
 * Named owners besides the council's admins (who always own it): they import the register,
 * draw the sample, make the letters and read the addresses.
 */
export function OwnersField({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const members = useQuery(membersQuery(analysis.workspaceId));
  const [chosen, setChosen] = useState<string[]>(() =>
    analysis.owners.flatMap((owner) => (owner.id ? [owner.id] : [])),
  );
  const save = useUpdateAnalysis(analysis.id);
  const candidates = (members.data?.items ?? []).filter((m) => m.role !== 'admin');
  if (candidates.length === 0) return null;
  return (
    <div className="analysis-owners">
      <CheckboxGroup
        id={id}
        className="analysis-owners__set"
        optionClassName="analysis-owner"
        label={t('analysis.owners.legend')}
        hint={t('analysis.owners.hint')}
        options={candidates.map((member) => ({ value: member.userId, label: member.name }))}
        values={chosen}
        onChange={setChosen}
      />
      {save.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(save.error))}
        </p>
      ) : null}
      {save.isSuccess ? <p role="status">{t('analysis.saved')}</p> : null}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={save.isPending}
        onClick={() => {
          if (!save.isPending) save.mutate({ ownerIds: chosen });
        }}
      >
        {t('analysis.owners.save')}
      </button>
    </div>
  );
}
