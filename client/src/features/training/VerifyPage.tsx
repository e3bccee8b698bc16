import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { TextField } from '../../ui/form/Field';
import { trainingPaths } from './paths';
import { certificateQuery } from './queries';
import './training.css';

/**
 * `/nachweis` and `/nachweis/:code`: confirms that a certificate of participation is genuine.
 * It shows the name, the offer and the date, and nothing else.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const id = useId();
  const navigate = useNavigate();
  const [input, setInput] = useState(code);
  const query = useQuery({ ...certificateQuery(code), enabled: code.length >= 4 });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (input.trim()) void navigate(trainingPaths.verifyCode(input.trim().toUpperCase()));
  };
  return (
    <PublicLayout>
      <Page title={t('training.verify.title')} intro={t('training.verify.intro')}>
        <form className="form t-inline" onSubmit={submit}>
          <TextField
            id={`${id}-code`}
            label={t('training.verify.code')}
            value={input}
            autoCapitalize="characters"
            onValueChange={setInput}
          />
          <button type="submit" className="button">
            {t('training.verify.check')}
          </button>
        </form>
        {query.data ? (
          <div className="t-notice t-genuine" role="status">
            <p>
              <strong>{t('training.verify.genuine')}</strong>
            </p>
            <dl className="facts">
              <div className="facts__item">
                <dt>{t('training.verify.name')}</dt>
                <dd>{query.data.name}</dd>
              </div>
              <div className="facts__item">
                <dt>{t('training.verify.offer')}</dt>
                <dd>{query.data.offerTitle}</dd>
              </div>
              <div className="facts__item">
                <dt>{t('training.verify.date')}</dt>
                <dd>{formatDate(query.data.date)}</dd>
              </div>
            </dl>
          </div>
        ) : null}
        {query.error ? (
          <p className="form__alert" role="alert">
            {isApiError(query.error, 'not_found')
              ? t('training.verify.notFound')
              : t('errors.internal')}
          </p>
        ) : null}
      </Page>
    </PublicLayout>
  );
}
