import { ANALYSIS_STATUSES, type Figures } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { count, formatDay } from '../format';

interface Card {
  key: string;
  label: string;
  value: number;
  detail?: string;
}

/** The headline figures for the chosen day, each with its "as of" date. */
export function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const asOf = t('programme.figures.asOf', { date: formatDay(figures.asOf) });
  const analysisDetail = ANALYSIS_STATUSES.filter((status) => figures.analyses.byStatus[status] > 0)
    .map(
      (status) =>
        `${count(figures.analyses.byStatus[status])} ${t(`programme.analysisStatus.${status}`)}`,
    )
    .join(', ');
  const cards: Card[] = [
    {
      key: 'contacted',
      label: t('programme.figures.contacted'),
      value: figures.municipalities.contacted,
    },
    {
      key: 'advised',
      label: t('programme.figures.advised'),
      value: figures.municipalities.advised,
    },
    {
      key: 'closeCooperation',
      label: t('programme.figures.closeCooperation'),
      value: figures.municipalities.closeCooperation,
    },
    {
      key: 'councils',
      label: t('programme.figures.councils'),
      value: figures.councils.municipalities,
      detail: t('programme.figures.councilDistricts', { count: figures.councils.districts }),
    },
    { key: 'agreements', label: t('programme.figures.agreements'), value: figures.agreements },
    {
      key: 'coaching',
      label: t('programme.figures.coaching'),
      value: figures.coaching.total,
      detail: t('programme.figures.coachingDetail', {
        running: count(figures.coaching.running),
        finished: count(figures.coaching.finished),
      }),
    },
    {
      key: 'analyses',
      label: t('programme.figures.analyses'),
      value: figures.analyses.total,
      ...(analysisDetail ? { detail: analysisDetail } : {}),
    },
  ];
  return (
    <>
      <p className="programme__registered">
        {t('programme.figures.registered', {
          count: figures.municipalities.registered,
          date: formatDay(figures.asOf),
        })}
      </p>
      <ul className="programme-figures" aria-live="polite">
        {cards.map((card) => (
          <li key={card.key} className="programme-figure" data-figure={card.key}>
            <span className="programme-figure__value">{count(card.value)}</span>
            <span className="programme-figure__label">{card.label}</span>
            {card.detail ? <span className="programme-figure__detail">{card.detail}</span> : null}
            <span className="programme-figure__asof">{asOf}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
