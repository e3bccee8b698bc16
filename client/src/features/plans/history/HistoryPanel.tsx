import { endpoints, type PlanVersion } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { api, errorKey } from '../../../lib/api';
import { dateAndTime } from '../format';
import { planKeys, versionsQuery } from '../queries';
import { versionLabel } from './version-label';
import { TextField } from '../../../ui/form/Field';

// Showing a version renders it with the editor's schema: loaded only when a version is opened.
const VersionViewer = lazy(async () => ({
  default: (await import('./VersionViewer')).VersionViewer,
}));

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Versions of the plan: save a named one, view any read-only, restore one for everyone. */
export function HistoryPanel({ planId, editable }: { planId: string; editable: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const versions = useQuery(versionsQuery(planId));
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [viewing, setViewing] = useState<PlanVersion | null>(null);
  const [restoring, setRestoring] = useState<PlanVersion | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.versions(planId) });

  const save = useMutation({
    mutationFn: (versionName: string) =>
      api(endpoints.plans.createVersion, { params: { id: planId }, body: { name: versionName } }),
    onSuccess: (version) => {
      setName('');
      setMessage({ kind: 'ok', text: t('plans.history.saved', { name: version.name ?? '' }) });
      void refresh();
    },
    onError: (error) => setMessage({ kind: 'error', text: t(errorKey(error)) }),
  });

  const restore = useMutation({
    mutationFn: async (version: PlanVersion) => {
      // The current state is kept as a version first, so a restore can itself be undone.
      await api(endpoints.plans.createVersion, {
        params: { id: planId },
        body: { name: t('plans.history.beforeRestore', dateAndTime(new Date().toISOString())) },
      });
      await api(endpoints.plans.restoreVersion, { params: { id: planId, versionId: version.id } });
    },
    onSuccess: () => setMessage({ kind: 'ok', text: t('plans.history.restored') }),
    onError: (error) => setMessage({ kind: 'error', text: t(errorKey(error)) }),
    onSettled: () => void refresh(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const trimmed = name.trim();
    setNameMissing(!trimmed);
    if (trimmed) save.mutate(trimmed);
  };

  let list;
  if (versions.isPending) list = <LoadingState />;
  else if (versions.error)
    list = <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (versions.data.items.length === 0) list = <EmptyState text={t('plans.history.empty')} />;
  else
    list = (
      <ol className="version-list">
        {versions.data.items.map((version) => {
          const label = versionLabel(t, version);
          return (
            <li key={version.id} className="version-list__item">
              <span className="version-list__name">
                {version.name ?? t('plans.history.automatic')}
                <span className="version-list__time">
                  {t('plans.history.at', dateAndTime(version.createdAt))}
                </span>
              </span>
              <span className="version-list__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('plans.history.viewNamed', { name: label })}
                  onClick={() => setViewing(version)}
                >
                  {t('plans.history.view')}
                </button>
                {editable ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('plans.history.restoreNamed', { name: label })}
                    onClick={() => setRestoring(version)}
                  >
                    {t('plans.history.restore')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    );

  return (
    <section className="section plan-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('plans.history.heading')}
      </h2>
      <p className="plan-section__intro">{t('plans.history.intro')}</p>
      {editable ? (
        <form className="version-form" onSubmit={submit} noValidate>
          <TextField
            id={`${id}-name`}
            label={t('plans.history.name')}
            type="text"
            maxLength={120}
            value={name}
            error={nameMissing ? t('plans.history.nameRequired') : undefined}
            onValueChange={(value) => {
              setName(value);
              setNameMissing(false);
            }}
          />
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {t('plans.history.save')}
          </button>
        </form>
      ) : null}
      <div role="status" className="plan-section__message">
        {message ? (
          <p className={message.kind === 'error' ? 'notice notice--error' : 'notice notice--ok'}>
            {message.text}
          </p>
        ) : null}
      </div>
      {list}
      {viewing ? (
        <Suspense fallback={<LoadingState />}>
          <VersionViewer
            planId={planId}
            version={viewing}
            canRestore={editable}
            onClose={() => setViewing(null)}
            onRestore={() => {
              setRestoring(viewing);
              setViewing(null);
            }}
          />
        </Suspense>
      ) : null}
      <ConfirmDialog
        open={restoring !== null}
        title={t('plans.history.restoreConfirmTitle')}
        text={
          restoring
            ? t('plans.history.restoreConfirmText', { name: versionLabel(t, restoring) })
            : ''
        }
        confirmLabel={t('plans.history.restore')}
        onCancel={() => setRestoring(null)}
        onConfirm={() => {
          if (restoring) restore.mutate(restoring);
          setRestoring(null);
        }}
      />
    </section>
  );
}
