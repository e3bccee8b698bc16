import type { MunicipalityStatus, ProgrammeElement } from '@pnetz/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster } from './clusters';
import { MarkerIcon } from './MarkerIcon';

interface ClusterMember {
  item: MunicipalityStatus;
  element: ProgrammeElement;
  left: number;
  top: number;
}

interface ClusterPopupProps {
  id: string;
  cluster: Cluster<ClusterMember>;
  describe: (item: MunicipalityStatus) => string;
  onChoose: (itemId: string) => void;
  onClose: () => void;
}

/** The municipalities of a group of markers drawn as one; choosing one opens its popup. */
export function ClusterPopup({ id, cluster, describe, onChoose, onClose }: ClusterPopupProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [cluster.key]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  const members = [...cluster.members].sort((a, b) => a.item.name.localeCompare(b.item.name, 'de'));

  return (
    <div
      id={id}
      className={`programme-map__popup${cluster.left > 60 ? ' programme-map__popup--left' : ''}`}
      style={{ left: `${cluster.left}%`, top: `${cluster.top}%` }}
      role="region"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('programme.map.clusterTitle', { count: members.length })}
      </h3>
      <ul className="programme-map__popup-list">
        {members.map((member) => (
          <li key={member.item.id}>
            <button
              type="button"
              className="programme-map__choice"
              aria-label={t('programme.map.marker', {
                name: member.item.name,
                elements: describe(member.item),
              })}
              onClick={() => onChoose(member.item.id)}
            >
              <MarkerIcon element={member.element} /> {member.item.name}
            </button>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('programme.map.close')}
        </button>
      </div>
    </div>
  );
}
