import {
  PROGRAMME_ELEMENTS,
  project,
  type Day,
  type MunicipalityStatus,
  type ProgrammeElement,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { count } from '../format';
import { mapConfigQuery } from '../queries';
import { MapPopup } from './MapPopup';
import { MarkerIcon } from './MarkerIcon';
import { MAP_HEIGHT, MAP_WIDTH, SaxonyOutline } from './SaxonyOutline';

interface Marker {
  item: MunicipalityStatus;
  element: ProgrammeElement;
  left: number;
  top: number;
}

/**
 * Municipalities on a map of Saxony, coloured and shaped by their furthest programme element.
 * It works offline (the outline ships with the app). Markers are buttons with accessible names;
 * the filter doubles as the legend (shape, colour and text), and the table below the map holds
 * the same data for screen reader and keyboard users.
 */
export function ProgrammeMap({ items, asOf }: { items: readonly MunicipalityStatus[]; asOf: Day }) {
  const { t } = useTranslation();
  const id = useId();
  const config = useQuery(mapConfigQuery);
  const [shown, setShown] = useState<ReadonlySet<ProgrammeElement>>(new Set(PROGRAMME_ELEMENTS));
  const [district, setDistrict] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const districts = useMemo(
    () => [...new Set(items.map((i) => i.district))].sort((a, b) => a.localeCompare(b, 'de')),
    [items],
  );
  const markers = useMemo(
    () =>
      items.flatMap((item): Marker[] => {
        const element = item.elements.filter((e) => shown.has(e)).at(-1);
        if (!element || (district && item.district !== district)) return [];
        const [x, y] = project(item.lon, item.lat, MAP_WIDTH);
        return [{ item, element, left: (x / MAP_WIDTH) * 100, top: (y / MAP_HEIGHT) * 100 }];
      }),
    [items, shown, district],
  );
  const perElement = (element: ProgrammeElement) =>
    items.filter((i) => i.elements.includes(element)).length;
  const open = markers.find((m) => m.item.id === openId) ?? null;
  const elementNames = (item: MunicipalityStatus) =>
    item.elements.length === 0
      ? t('programme.map.noElement')
      : item.elements.map((e) => t(`programme.element.${e}`)).join(', ');

  const toggle = (element: ProgrammeElement) =>
    setShown((previous) => {
      const next = new Set(previous);
      if (next.has(element)) next.delete(element);
      else next.add(element);
      return next;
    });
  const close = () => {
    const button = openId ? buttons.current.get(openId) : undefined;
    setOpenId(null);
    button?.focus();
  };

  return (
    <div className="programme-map">
      <div className="programme-map__controls">
        <fieldset className="programme-map__legend">
          <legend>{t('programme.map.filter')}</legend>
          {PROGRAMME_ELEMENTS.map((element) => (
            <label key={element} className="programme-map__toggle">
              <input
                type="checkbox"
                checked={shown.has(element)}
                onChange={() => toggle(element)}
              />
              <MarkerIcon element={element} />
              <span>
                {t(`programme.element.${element}`)} ({count(perElement(element))})
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-district`}>{t('programme.map.district')}</label>
          <select
            id={`${id}-district`}
            value={district}
            onChange={(event) => setDistrict(event.target.value)}
          >
            <option value="">{t('programme.map.allDistricts')}</option>
            {districts.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="programme-map__count" role="status">
        {t('programme.map.shown', { count: markers.length })}
      </p>
      <div
        className="programme-map__canvas"
        style={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}` }}
        role="group"
        aria-label={t('programme.map.label')}
      >
        <SaxonyOutline tileUrl={config.data?.tileUrl ?? null} />
        <ul className="programme-map__markers">
          {markers.map((marker) => (
            <li
              key={marker.item.id}
              className="programme-map__marker"
              style={{ left: `${marker.left}%`, top: `${marker.top}%` }}
            >
              <button
                type="button"
                ref={(node) => {
                  if (node) buttons.current.set(marker.item.id, node);
                  else buttons.current.delete(marker.item.id);
                }}
                data-element={marker.element}
                aria-label={t('programme.map.marker', {
                  name: marker.item.name,
                  elements: elementNames(marker.item),
                })}
                aria-expanded={openId === marker.item.id}
                aria-controls={openId === marker.item.id ? `${id}-popup` : undefined}
                onClick={() => setOpenId(openId === marker.item.id ? null : marker.item.id)}
              >
                <MarkerIcon element={marker.element} size={18} />
              </button>
            </li>
          ))}
        </ul>
        {open ? <MapPopup id={`${id}-popup`} marker={open} asOf={asOf} onClose={close} /> : null}
      </div>
      <p className="programme-map__attribution">
        {t('programme.map.attribution')}
        {config.data?.tileAttribution ? ` · ${config.data.tileAttribution}` : ''}
      </p>
    </div>
  );
}
