import {
  FUNDING_STATUSES,
  endpoints,
  todayInSaxony,
  type FundingApplication,
  type FundingStatus,
  type MunicipalityDetail,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { euro, formatDay } from '../format';
import { FormAlert } from './FormAlert';
import { FundingForm } from './FundingForm';
import { RecordSection } from './RecordSection';
import { RuleNotes } from './RuleNotes';
import { useRecordMutation } from './useRecordMutation';

/** Funding applications of the municipality, with the funding rules each one breaks. */
export function FundingSection({
  detail,
  headingLevel,
}: {
  detail: MunicipalityDetail;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const advisedOn = detail.status.advisedOn;
  return (
    <RecordSection title={t('programme.funding.sectionTitle')} level={headingLevel}>
      {detail.funding.length === 0 ? (
        <p>{t('programme.funding.noneHere')}</p>
      ) : (
        <ul className="programme-cards">
          {detail.funding.map((application) => (
            <FundingCard
              key={application.id}
              application={application}
              canWrite={detail.canWrite}
            />
          ))}
        </ul>
      )}
      {detail.canWrite ? (
        <FundingForm municipalityId={detail.municipality.id} advisedOn={advisedOn} />
      ) : null}
    </RecordSection>
  );
}

function FundingCard({
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
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('programme.form.status')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as FundingStatus)}
        >
          {FUNDING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`programme.fundingStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('programme.funding.decisionDate')}</label>
        <input
          id={`${id}-date`}
          className="input"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-granted`}>{t('programme.funding.amountGranted')}</label>
        <input
          id={`${id}-granted`}
          className="input"
          type="number"
          min={0}
          value={granted}
          onChange={(e) => setGranted(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('programme.funding.applyStatus')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => remove.mutate(undefined)}
        disabled={remove.isPending}
      >
        {t('programme.form.delete')}
      </button>
    </form>
  );
}
