import {
  FUNDING_STATUSES,
  endpoints,
  todayInSaxony,
  type FundingApplication,
  type FundingStatus,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { euro, formatDay } from '../format';
import { Select, TextField } from '../../../ui/form/Field';
import { FormAlert } from './FormAlert';
import { RecordAction } from './RecordSection';
import { RuleNotes } from './RuleNotes';
import { useRecordMutation } from './useRecordMutation';

/** One funding application, with the funding rules it breaks. */
export function FundingCard({
  application: f,
  canWrite,
}: {
  application: FundingApplication;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className="programme-card">
      <p className="programme-card__title">
        {f.year} · {f.project} · {t(`programme.fundingStatus.${f.status}`)}
      </p>
      <p>
        {t('programme.funding.summary', {
          field: t(`vocab.field.${f.fieldOfAction}`),
          requested: euro(f.amountRequested),
          ownShare: euro(f.ownShare),
          submitted: formatDay(f.submittedOn),
        })}
        {f.amountGranted !== null
          ? ` ${t('programme.funding.grantedAmount', { amount: euro(f.amountGranted) })}`
          : ''}
      </p>
      {f.purpose ? <p>{f.purpose}</p> : null}
      <RuleNotes issues={f.warnings} />
      {canWrite ? <StatusChange application={f} /> : null}
    </li>
  );
}

/** Moves an application on (granted, rejected, settled); the server refuses what breaks a hard rule. */
function StatusChange({ application }: { application: FundingApplication }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<FundingStatus>(application.status);
  const [date, setDate] = useState(todayInSaxony());
  const [granted, setGranted] = useState(
    String(application.amountGranted ?? application.amountRequested),
  );
  const save = useRecordMutation(() =>
    api(endpoints.programme.updateFunding, {
      params: { id: application.id },
      body: {
        status,
        statusDate: date,
        ...(status === 'granted' || status === 'settled' ? { amountGranted: Number(granted) } : {}),
      },
    }),
  );
  const remove = useRecordMutation(() =>
    api(endpoints.programme.deleteFunding, { params: { id: application.id } }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form
      className="programme-inline-form"
      onSubmit={submit}
      aria-label={t('programme.funding.changeStatus', { project: application.project })}
    >
      <FormAlert error={save.error} />
      <Select
        id={`${id}-status`}
        label={t('programme.form.status')}
        value={status}
        options={FUNDING_STATUSES.map((s) => ({
          value: s,
          label: t(`programme.fundingStatus.${s}`),
        }))}
        onChange={(e) => setStatus(e.target.value as FundingStatus)}
      />
      <TextField
        id={`${id}-date`}
        label={t('programme.funding.decisionDate')}
        type="date"
        value={date}
        onValueChange={setDate}
      />
      <TextField
        id={`${id}-granted`}
        label={t('programme.funding.amountGranted')}
        type="number"
        min={0}
        value={granted}
        onValueChange={setGranted}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        {t('programme.funding.applyStatus')}
      </button>
      <RecordAction label={t('programme.form.delete')} action={remove} />
    </form>
  );
}
