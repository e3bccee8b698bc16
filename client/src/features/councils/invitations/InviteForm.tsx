import {
  CreateInvitationBodySchema,
  LANGUAGES,
  ORGANISATION_TYPES,
  WORKSPACE_ROLES,
} from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import { errorKey, isApiError } from '../../../lib/api';
import {
  focusFirstInvalid,
  schemaFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../ui/form/field-errors';
import { useInvite } from '../mutations';

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const invite = useInvite(workspaceId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const message = text(data, 'message').trim();
    const parsed = CreateInvitationBodySchema.safeParse({
      email: text(data, 'email'),
      role: text(data, 'role'),
      organisation: { type: text(data, 'organisationType'), name: text(data, 'organisationName') },
      language: text(data, 'language'),
      ...(message ? { message } : {}),
    });
    setSent('');
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error));
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setErrors({});
    invite.mutate(parsed.data, {
      onSuccess: (invitation) => {
        form.reset();
        setSent(
          t(
            invitation.delivery === 'outbox'
              ? 'invitations.sentToOutbox'
              : invitation.delivery === 'failed'
                ? 'invitations.sendFailed'
                : 'invitations.sent',
            { email: invitation.email },
          ),
        );
      },
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      },
    });
  };

  const failure = invite.error;
  const emailTaken = isApiError(failure, 'conflict') && errors.email;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('invitations.newTitle')}
      </h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {failure && !emailTaken ? (
          <p className="form__alert" role="alert">
            {t(errorKey(failure))}
          </p>
        ) : null}
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          label={t('invitations.email')}
          autoComplete="off"
          required
          error={
            emailTaken
              ? t('invitations.errors.emailTaken')
              : errors.email
                ? t('invitations.errors.email')
                : undefined
          }
        />
        <div className="form-grid">
          <Select
            id={`${id}-role`}
            name="role"
            label={t('invitations.role')}
            defaultValue="member"
            options={WORKSPACE_ROLES.map((role) => ({
              value: role,
              label: t(`vocab.role.${role}`),
            }))}
          />
          <Select
            id={`${id}-orgtype`}
            name="organisationType"
            label={t('invitations.organisationType')}
            defaultValue="police"
            options={ORGANISATION_TYPES.map((type) => ({
              value: type,
              label: t(`vocab.org.${type}`),
            }))}
          />
          <Select
            id={`${id}-language`}
            name="language"
            label={t('invitations.language')}
            defaultValue="de"
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </Select>
        </div>
        <TextField
          id={`${id}-orgname`}
          name="organisationName"
          label={t('invitations.organisationName')}
          required
          error={errors['organisation.name'] ? t('invitations.errors.organisationName') : undefined}
        />
        <TextArea
          id={`${id}-message`}
          label={t('invitations.message')}
          name="message"
          rows={3}
          maxLength={1000}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={invite.isPending}>
            {t('invitations.submit')}
          </button>
          <span role="status" className="form__progress">
            {invite.isPending ? t('invitations.sending') : sent}
          </span>
        </div>
      </form>
    </section>
  );
}
