import { ORGANISATION_TYPES, OrganisationSchema, type Member } from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../../ui/form/Field';
import { errorKey } from '../../../lib/api';
import {
  focusFirstInvalid,
  schemaFieldErrors,
  type FieldErrors,
} from '../../../ui/form/field-errors';
import { useUpdateMember } from '../mutations';

/** Members keep their own organisation up to date (e.g. after moving to another Revier). */
export function OwnOrganisationForm({
  workspaceId,
  member,
}: {
  workspaceId: string;
  member: Member;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateMember(workspaceId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = OrganisationSchema.safeParse({ type: data.get('type'), name: data.get('name') });
    setSaved(false);
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error));
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setErrors({});
    update.mutate(
      { userId: member.userId, body: { organisation: parsed.data } },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('members.ownOrganisation')}
      </h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {update.error ? (
          <p className="form__alert" role="alert">
            {t(errorKey(update.error))}
          </p>
        ) : null}
        <Select
          id={`${headingId}-type`}
          name="type"
          label={t('members.organisationType')}
          defaultValue={member.organisation.type}
          options={ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: t(`vocab.org.${type}`),
          }))}
        />
        <TextField
          id={`${headingId}-name`}
          name="name"
          label={t('members.organisation')}
          defaultValue={member.organisation.name}
          required
          error={errors.name ? t('invitations.errors.organisationName') : undefined}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={update.isPending}>
            {t('members.saveOrganisation')}
          </button>
          {saved ? <span role="status">{t('members.organisationSaved')}</span> : null}
        </div>
      </form>
    </section>
  );
}
