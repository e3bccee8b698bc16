import {
  PLAN_KINDS,
  PlanKindSchema,
  VISIBILITIES,
  VisibilitySchema,
  endpoints,
  type Plan,
  type PlanKind,
  type Visibility,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../../ui/form/Field';
import { api, errorKey, isApiError } from '../../../lib/api';
import { planKeys } from '../queries';

type PlanFormDialogProps = {
  workspaceId: string;
  /** Visibility is the council admins' decision. */
  canManage: boolean;
  onClose: () => void;
  onSaved: (plan: Plan) => void;
} & ({ mode: 'create'; plan?: undefined } | { mode: 'edit'; plan: Plan });

/** Create a plan (title, kind, visibility) or rename it and change its visibility. */
export function PlanFormDialog({
  workspaceId,
  canManage,
  mode,
  plan,
  onClose,
  onSaved,
}: PlanFormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(plan?.title ?? '');
  const [kind, setKind] = useState<PlanKind>(plan?.kind ?? 'action_plan');
  const [visibility, setVisibility] = useState<Visibility>(plan?.visibility ?? 'workspace');
  const [titleMissing, setTitleMissing] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      mode === 'create'
        ? api(endpoints.plans.create, {
            params: { workspaceId },
            body: { title: title.trim(), kind, visibility },
          })
        : api(endpoints.plans.update, {
            params: { id: plan.id },
            body: canManage ? { title: title.trim(), visibility } : { title: title.trim() },
          }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: planKeys.lists(workspaceId) });
      queryClient.setQueryData(planKeys.detail(saved.id), saved);
      onSaved(saved);
    },
  });

  const serverTitleError = isApiError(save.error, 'validation_failed')
    ? save.error.fields.some((field) => field.path === 'body.title')
    : false;
  const titleError = titleMissing || serverTitleError ? t('plans.form.titleRequired') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (!title.trim()) {
      setTitleMissing(true);
      return;
    }
    save.mutate();
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog__title">
        {t(mode === 'create' ? 'plans.form.createTitle' : 'plans.form.editTitle')}
      </h2>
      <form className="dialog__form" onSubmit={submit} noValidate>
        {save.error && !serverTitleError ? (
          <p className="form__alert" role="alert">
            {t(errorKey(save.error))}
          </p>
        ) : null}
        <TextField
          id={`${id}-plan-title`}
          label={t('plans.form.title')}
          value={title}
          maxLength={200}
          autoFocus
          error={titleError}
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleMissing(false);
          }}
        />
        <p className="field__hint">{t('plans.form.titleHint')}</p>
        {mode === 'create' ? (
          <Select
            id={`${id}-kind`}
            label={t('plans.form.kind')}
            value={kind}
            options={PLAN_KINDS.map((option) => ({
              value: option,
              label: t(`plans.kind.${option}`),
            }))}
            onValueChange={(value) => setKind(PlanKindSchema.catch(kind).parse(value))}
          />
        ) : null}
        {mode === 'create' || canManage ? (
          <Select
            id={`${id}-visibility`}
            label={t('plans.form.visibility')}
            value={visibility}
            options={VISIBILITIES.map((option) => ({
              value: option,
              label: t(`vocab.visibility.${option}`),
            }))}
            onValueChange={(value) =>
              setVisibility(VisibilitySchema.catch(visibility).parse(value))
            }
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {save.isPending
              ? t('plans.form.saving')
              : t(mode === 'create' ? 'plans.form.create' : 'plans.form.save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => ref.current?.close()}
          >
            {t('plans.form.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
