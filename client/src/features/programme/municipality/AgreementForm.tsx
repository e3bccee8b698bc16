import {
  AGREEMENT_STATUSES,
  SIGNATORY_ROLES,
  endpoints,
  todayInSaxony,
  type AgreementStatus,
  type SignatoryRole,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import { FormAlert } from './FormAlert';
import { useRecordMutation } from './useRecordMutation';

interface Signatory {
  name: string;
  role: SignatoryRole;
  organisation: string;
}

const emptySignatory = (role: SignatoryRole): Signatory => ({ name: '', role, organisation: '' });

/** Records a cooperation agreement: day of signature, status, signatories and their roles. */
export function AgreementForm({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayInSaxony());
  const [status, setStatus] = useState<AgreementStatus>('signed');
  const [notes, setNotes] = useState('');
  const [signatories, setSignatories] = useState<Signatory[]>([
    emptySignatory('mayor'),
    emptySignatory('lpr'),
  ]);
  const save = useRecordMutation(
    () =>
      api(endpoints.programme.createAgreement, {
        params: { id: municipalityId },
        body: { date, status, notes, signatories: signatories.filter((s) => s.name.trim() !== '') },
      }),
    () => {
      setNotes('');
      setSignatories([emptySignatory('mayor'), emptySignatory('lpr')]);
    },
  );
  const update = (index: number, change: Partial<Signatory>) =>
    setSignatories((all) => all.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };

  return (
    <form className="form programme-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programme.agreements.add')}</h3>
      <FormAlert error={save.error} />
      <div className="programme-form__grid">
        <TextField
          id={`${id}-date`}
          label={t('programme.agreements.date')}
          type="date"
          required
          value={date}
          onValueChange={setDate}
        />
        <Select
          id={`${id}-status`}
          label={t('programme.form.status')}
          value={status}
          options={AGREEMENT_STATUSES.map((s) => ({
            value: s,
            label: t(`programme.agreements.status.${s}`),
          }))}
          onChange={(e) => setStatus(e.target.value as AgreementStatus)}
        />
      </div>
      {signatories.map((signatory, index) => (
        <fieldset key={index} className="programme-row">
          <legend>{t('programme.agreements.signatory', { number: index + 1 })}</legend>
          <TextField
            id={`${id}-name-${index}`}
            label={t('programme.agreements.signatoryName')}
            value={signatory.name}
            maxLength={120}
            onValueChange={(value) => update(index, { name: value })}
          />
          <Select
            id={`${id}-role-${index}`}
            label={t('programme.agreements.signatoryRole')}
            value={signatory.role}
            options={SIGNATORY_ROLES.map((role) => ({
              value: role,
              label: t(`programme.agreements.role.${role}`),
            }))}
            onChange={(e) => update(index, { role: e.target.value as SignatoryRole })}
          />
          <TextField
            id={`${id}-org-${index}`}
            label={t('programme.agreements.organisation')}
            value={signatory.organisation}
            maxLength={160}
            onValueChange={(value) => update(index, { organisation: value })}
          />
        </fieldset>
      ))}
      <TextArea
        id={`${id}-notes`}
        label={t('programme.form.notes')}
        rows={2}
        maxLength={2000}
        value={notes}
        onValueChange={setNotes}
      />
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setSignatories((all) => [...all, emptySignatory('police')])}
        >
          {t('programme.agreements.addSignatory')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('programme.agreements.save')}
        </button>
        <span role="status" className="form__progress">
          {save.isSuccess ? t('programme.agreements.saved') : ''}
        </span>
      </div>
    </form>
  );
}
