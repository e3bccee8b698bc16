import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { formatSessionTime } from './format';
import { trainingPaths } from './paths';
import { offersQuery } from './queries';

const SECTIONS = ['levels', 'partTime', 'admission', 'contacts'] as const;

/** `/fortbildung/studiengang`: the part-time degree course Präventionsmanagement (B.A./M.A.). */
export function DegreePage() {
  const { t } = useTranslation();
  const dates = useQuery(offersQuery({ type: 'degree' }));
  return (
    <Page title={t('training.degree.title')} intro={t('training.degree.intro')}>
      {SECTIONS.map((section) => (
        <section key={section} className="section" aria-labelledby={`t-degree-${section}`}>
          <h2 id={`t-degree-${section}`} className="section__title">
            {t(`training.degree.${section}.title`)}
          </h2>
          <p className="t-text">{t(`training.degree.${section}.text`)}</p>
        </section>
      ))}
      <section className="section" aria-labelledby="t-degree-dates">
        <h2 id="t-degree-dates" className="section__title">
          {t('training.degree.dates')}
        </h2>
        <ul>
          {dates.data?.items.map((offer) => (
            <li key={offer.id}>
              <Link to={trainingPaths.offer(offer.id)}>{offer.title}</Link>
              {offer.sessions[0]
                ? ` – ${formatSessionTime(offer.sessions[0].startsAt, offer.sessions[0].endsAt)}`
                : ''}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link to={trainingPaths.catalogue}>{t('training.offer.back')}</Link>
      </p>
    </Page>
  );
}
