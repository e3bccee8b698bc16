import { buildPath, endpoints, type RegistrationView } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { FeedbackForm } from './FeedbackForm';
import { formatSessionTime, trainingErrorKey } from './format';
import { trainingPaths } from './paths';
import { registrationQuery, trainingKeys } from './queries';

/**
 * `/fortbildung/anmeldung/:token`: a registration through its private link (mails, and members'
 * own list): confirm the e-mail address, the check-in code, cancel, certificate, feedback.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(registrationQuery(token));
  const update = (data: RegistrationView) => {
    queryClient.setQueryData(trainingKeys.registration(token), data);
    void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
  };
  const confirm = useMutation({
    mutationFn: () => api(endpoints.training.confirm, { params: { token } }),
    onSuccess: update,
  });
  const cancel = useMutation({
    mutationFn: () => api(endpoints.training.cancelByToken, { params: { token } }),
    onSuccess: update,
  });
  const [feedbackSent, setFeedbackSent] = useState(false);

  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} />;
  const view = query.data;
  const when = formatSessionTime(view.session.startsAt, view.session.endsAt);
  return (
    <Page title={t('training.registration.title')} intro={view.offer.title}>
      <p>
        <Link to={trainingPaths.offer(view.offer.id)}>{t('training.registration.toOffer')}</Link>
      </p>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('training.registration.name')}</dt>
          <dd>{view.name}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.registration.when')}</dt>
          <dd>{when}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.place')}</dt>
          <dd>{[view.session.place, view.session.link].filter(Boolean).join(' · ')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.registration.status')}</dt>
          <dd className="t-status">
            <span role="status">
              {view.status === 'waiting'
                ? t('training.status.waiting', { position: view.position })
                : t(`training.status.${view.status}`)}
            </span>
          </dd>
        </div>
      </dl>
      {!view.confirmed && view.status !== 'cancelled' ? (
        <div className="t-notice">
          <p>
            {t('training.registration.confirmHint', {
              date: view.confirmBy ? formatDate(view.confirmBy) : '',
            })}
          </p>
          <button
            type="button"
            className="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {t('training.registration.confirm')}
          </button>
          {confirm.error ? (
            <p className="form__alert" role="alert">
              {t(trainingErrorKey(confirm.error))}
            </p>
          ) : null}
        </div>
      ) : null}
      {view.confirmed && view.status === 'registered' ? (
        <CheckInCode code={view.checkInCode} />
      ) : null}
      {view.certificateCode ? (
        <p>
          <a
            className="button"
            href={buildPath(endpoints.training.certificate.path, { token })}
            download
          >
            {t('training.registration.certificate')}
          </a>{' '}
          <Link to={trainingPaths.verifyCode(view.certificateCode)}>{view.certificateCode}</Link>
        </p>
      ) : null}
      {view.feedbackOpen && !feedbackSent ? (
        <FeedbackForm
          token={token}
          onDone={() => {
            setFeedbackSent(true);
            void query.refetch();
          }}
        />
      ) : null}
      {feedbackSent ? <p role="status">{t('training.feedback.thanks')}</p> : null}
      {view.canCancel ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={cancel.isPending}
            onClick={() => {
              if (window.confirm(t('training.registration.cancelConfirm'))) cancel.mutate();
            }}
          >
            {t('training.registration.cancel')}
          </button>
        </p>
      ) : view.status !== 'cancelled' ? (
        <p className="x-muted">
          {t('training.registration.cancelUntil', { date: formatDate(view.cancelUntil) })}
        </p>
      ) : null}
      {cancel.error ? (
        <p className="form__alert" role="alert">
          {t(trainingErrorKey(cancel.error))}
        </p>
      ) : null}
    </Page>
  );
}

/** The code for the check-in, as text and as QR code (the same as in the confirmation mail). */
function CheckInCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void QRCode.toDataURL(code, { margin: 1, width: 200 }).then((url) => {
      if (alive) setImage(url);
    });
    return () => {
      alive = false;
    };
  }, [code]);
  return (
    <section className="section t-code" aria-labelledby="t-code">
      <h2 id="t-code" className="section__title">
        {t('training.registration.code')}
      </h2>
      <p className="t-code__text">{code}</p>
      {image ? (
        <img
          src={image}
          width={200}
          height={200}
          alt={t('training.registration.qrAlt', { code })}
        />
      ) : null}
    </section>
  );
}
