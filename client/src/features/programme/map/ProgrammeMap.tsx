import {
  PROGRAMME_ELEMENTS,
  project,
  type Day,
  type MunicipalityStatus,
  type ProgrammeElement,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { count } from '../format';
import { mapConfigQuery } from '../queries';
import { ClusterPopup } from './ClusterPopup';
import { clusterMarkers } from './clusters';
import { MapPopup } from './MapPopup';
import { MarkerIcon } from './MarkerIcon';
import { MAP_HEIGHT, MAP_WIDTH, SaxonyOutline } from './SaxonyOutline';
import { CheckboxGroup, Field } from '../../../ui/form/Field';

interface Marker {
  item: MunicipalityStatus;
  element: ProgrammeElement;
  left: number;
  top: number;
}

/** What is open: a group's list of municipalities (`itemId` null) or one municipality of it. */
interface Opened {
  key: string;
  itemId: string | null;
}

/** The drawn size of an element, followed as it changes. */
function useDrawnSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * Municipalities on a map of Saxony, coloured and shaped by their furthest programme element.
 * It works offline (the outline ships with the app). Markers are buttons with accessible names;
 * markers closer than a target's size are drawn as one group that lists its municipalities, so
 * that no two targets overlap at any size of the map;
 * the filter doubles as the legend (shape, colour and text), and the table below the map holds
 * the same data for screen reader and keyboard users.
 */
export function ProgrammeMap({ items, asOf }: { items: readonly MunicipalityStatus[]; asOf: Day }) {
  const { t } = useTranslation();
  const id = useId();
  const config = useQuery(mapConfigQuery);
  const [shown, setShown] = useState<ReadonlySet<ProgrammeElement>>(new Set(PROGRAMME_ELEMENTS));
  const [district, setDistrict] = useState('');
  const [opened, setOpened] = useState<Opened | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const canvas = useRef<HTMLDivElement>(null);
  const drawn = useDrawnSize(canvas);

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
  const clusters = useMemo(
    () => clusterMarkers(markers, drawn.width, drawn.height),
    [markers, drawn.width, drawn.height],
  );
  const openCluster = opened ? clusters.find((c) => c.key === opened.key) : undefined;
  const openItem = openCluster?.members.find((m) => m.item.id === opened?.itemId)?.item;
  const elementNames = (item: MunicipalityStatus) =>
    item.elements.length === 0
      ? t('programme.map.noElement')
      : item.elements.map((e) => t(`programme.element.${e}`)).join(', ');

  const close = () => {
    const button = opened ? buttons.current.get(opened.key) : undefined;
    setOpened(null);
    button?.focus();
  };

  return (
    <div className="programme-map">
      <div className="programme-map__controls">
        <CheckboxGroup
          id={`${id}-elements`}
          className="programme-map__legend"
          optionClassName="programme-map__toggle"
          inline
          label={t('programme.map.filter')}
          options={PROGRAMME_ELEMENTS.map((element) => ({
            value: element,
            label: (
              <>
                <MarkerIcon element={element} />
                <span>
                  {t(`programme.element.${element}`)} ({count(perElement(element))})
                </span>
              </>
            ),
          }))}
          values={PROGRAMME_ELEMENTS.filter((element) => shown.has(element))}
          onChange={(elements) => setShown(new Set(elements))}
        />
        <Field id={`${id}-district`} label={t('programme.map.district')}>
          {(control) => (
            <select
              {...control}
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
          )}
        </Field>
      </div>
      <p className="programme-map__count" role="status">
        {t('programme.map.shown', { count: markers.length })}
      </p>
      <div
        ref={canvas}
        className="programme-map__canvas"
        style={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}` }}
        role="group"
        aria-label={t('programme.map.label')}
      >
        <SaxonyOutline tileUrl={config.data?.tileUrl ?? null} />
        <ul className="programme-map__markers">
          {clusters.map((cluster) => {
            const single = cluster.members.length === 1 ? cluster.members[0] : undefined;
            const expanded = opened?.key === cluster.key;
            return (
              <li
                key={cluster.key}
                className="programme-map__marker"
                style={{ left: `${cluster.left}%`, top: `${cluster.top}%` }}
              >
                <button
                  type="button"
                  ref={(node) => {
                    if (node) buttons.current.set(cluster.key, node);
                    else buttons.current.delete(cluster.key);
                  }}
                  className={single ? undefined : 'programme-map__cluster'}
                  data-element={single?.element}
                  aria-label={
                    single
                      ? t('programme.map.marker', {
                          name: single.item.name,
                          elements: elementNames(single.item),
                        })
                      : t('programme.map.cluster', {
                          count: cluster.members.length,
                          names: cluster.members.map((m) => m.item.name).join(', '),
                        })
                  }
                  aria-expanded={expanded}
                  aria-controls={expanded ? `${id}-popup` : undefined}
                  onClick={() =>
                    setOpened(
                      expanded
                        ? null
                        : { key: cluster.key, itemId: single ? single.item.id : null },
                    )
                  }
                >
                  {single ? (
                    <MarkerIcon element={single.element} size={18} />
                  ) : (
                    <span aria-hidden="true">{cluster.members.length}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
        {openCluster && openItem ? (
          <MapPopup
            id={`${id}-popup`}
            marker={{ item: openItem, left: openCluster.left, top: openCluster.top }}
            asOf={asOf}
            onClose={close}
          />
        ) : null}
        {openCluster && !openItem ? (
          <ClusterPopup
            id={`${id}-popup`}
            cluster={openCluster}
            describe={elementNames}
            onChoose={(itemId) => setOpened({ key: openCluster.key, itemId })}
            onClose={close}
          />
        ) : null}
      </div>
      <p className="programme-map__attribution">
        {t('programme.map.attribution')}
        {config.data?.tileAttribution ? ` · ${config.data.tileAttribution}` : ''}
      </p>
    </div>
  );
}
