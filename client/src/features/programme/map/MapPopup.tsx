import type { Day, MunicipalityStatus, ProgrammeElement } from '@pnetz/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../format';
import { programmePaths } from '../paths';
import { MarkerIcon } from './MarkerIcon';

interface MapPopupProps {
  id: string;
  marker: { item: MunicipalityStatus; left: number; top: number };
  asOf: Day;
  onClose: () => void;
}

/** The popup of a marker: the municipality's programme state and a link to its page. Escape closes it. */
export function MapPopup({ id, marker, asOf, onClose }: MapPopupProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [marker.item.id]);
  const { item } = marker;
  const since: Record<ProgrammeElement, Day | null> = {
    advised: item.advisedOn,
    council: item.councilOn,
    agreement: item.agreementOn,
    coaching: null,
    analysis: null,
  };
  const detail = (element: ProgrammeElement) => {
    if (element === 'coaching') return t(`programme.coachingState.${item.coaching}`);
    if (element === 'analysis' && item.analysis)
      return t(`programme.analysisStatus.${item.analysis}`);
    return t('programme.map.since', { date: formatDay(since[element]) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return (
    <div
      id={id}
      className={`programme-map__popup${marker.left > 60 ? ' programme-map__popup--left' : ''}`}
      style={{ left: `${marker.left}%`, top: `${marker.top}%` }}
      role="region"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {item.name}
      </h3>
      <p className="programme-map__popup-meta">
        {item.district} · {t('programme.figures.asOf', { date: formatDay(asOf) })}
      </p>
      {item.elements.length === 0 ? (
        <p>{t('programme.map.noElement')}</p>
      ) : (
        <ul className="programme-map__popup-list">
          {item.elements.map((element) => (
            <li key={element}>
              <MarkerIcon element={element} /> {t(`programme.element.${element}`)}:{' '}
              {detail(element)}
            </li>
          ))}
        </ul>
      )}
      <div className="form__actions">
        <Link to={programmePaths.municipality(item.id)}>
          {t('programme.map.open', { name: item.name })}
        </Link>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('programme.map.close')}
        </button>
      </div>
    </div>
  );
}
