import { project, tilesOfWindow, unproject } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mapConfigQuery } from '../../programme/queries';
import { MAP_HEIGHT, MAP_WIDTH, SaxonyOutline } from '../../programme/map/SaxonyOutline';
import { TileImage } from '../../programme/map/TileImage';
import '../../programme/programme.css';
import { Field } from '../../../ui/form/Field';

export interface MapPoint {
  id: string;
  label: string;
  /** Short text on the marker (the rank). */
  mark: string;
  lat: number;
  lon: number;
}

const ZOOMS = [4, 8, 16, 32] as const;
/** The outline map's tiles are at zoom 8; each doubling of the enlargement is one zoom finer. */
const tileZoom = (enlargement: number) => 8 + Math.round(Math.log2(enlargement));
/** The viewport is 4:3; tiles are fetched for a somewhat larger window. */
const WINDOW_MARGIN = 1.5;

/**
 * The programme's map of Saxony (the same outline, districts and optional tiles), enlarged
 * around the municipality. Points are drawn as labelled markers; when `onPick` is given, a click
 * on the map hands its coordinates over (the coordinate fields are the keyboard's way to place).
 */
export function PlacesMap({
  centre,
  points,
  onPick,
}: {
  centre: { lat: number; lon: number };
  points: readonly MapPoint[];
  onPick?: (position: { lat: number; lon: number }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const config = useQuery(mapConfigQuery);
  const [zoom, setZoom] = useState<number>(16);
  const world = useRef<HTMLDivElement>(null);
  const [cx, cy] = project(centre.lon, centre.lat, MAP_WIDTH);
  const tileUrl = config.data?.tileUrl ?? null;
  const halfWidth = (MAP_WIDTH / zoom / 2) * WINDOW_MARGIN;
  const tiles = tileUrl
    ? tilesOfWindow(tileZoom(zoom), MAP_WIDTH, {
        left: cx - halfWidth,
        right: cx + halfWidth,
        top: cy - halfWidth * 0.75,
        bottom: cy + halfWidth * 0.75,
      })
    : [];

  const pick = (event: MouseEvent<HTMLDivElement>) => {
    const box = world.current?.getBoundingClientRect();
    if (!onPick || !box || box.width === 0) return;
    const x = ((event.clientX - box.left) / box.width) * MAP_WIDTH;
    const y = ((event.clientY - box.top) / box.height) * MAP_HEIGHT;
    onPick(unproject(x, y, MAP_WIDTH));
  };

  return (
    <div className="places-map">
      <Field id={`${id}-zoom`} className="places-map__zoom" label={t('angstraeume.map.zoom')}>
        {(control) => (
          <select
            {...control}
            value={zoom}
            onChange={(event) => setZoom(Number(event.target.value))}
          >
            {ZOOMS.map((value) => (
              <option key={value} value={value}>
                {t('angstraeume.map.zoomLevel', { zoom: value })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* A click on the map is a shortcut for the coordinate fields, which keyboards use. */}
      <div
        className={
          onPick ? 'places-map__viewport places-map__viewport--pick' : 'places-map__viewport'
        }
        onClick={pick}
        data-testid="places-map"
      >
        <div
          ref={world}
          className={tileUrl ? 'places-map__world places-map__world--tiles' : 'places-map__world'}
          style={{
            width: `${zoom * 100}%`,
            aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}`,
            transform: `translate(${(-cx / MAP_WIDTH) * 100}%, ${(-cy / MAP_HEIGHT) * 100}%)`,
          }}
        >
          {tileUrl ? (
            <svg
              className="programme-map__svg"
              viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT.toFixed(0)}`}
              aria-hidden="true"
              focusable="false"
            >
              {tiles.map((tile) => (
                <TileImage key={`${tile.z}-${tile.x}-${tile.y}`} tile={tile} tileUrl={tileUrl} />
              ))}
            </svg>
          ) : null}
          {/* The programme's outline and districts; its coarse tiles give way to the finer ones. */}
          <SaxonyOutline tileUrl={null} />
          <ul className="places-map__markers" aria-label={t('angstraeume.map.label')}>
            {points.map((point) => {
              const [x, y] = project(point.lon, point.lat, MAP_WIDTH);
              return (
                <li
                  key={point.id}
                  className="places-map__marker"
                  style={{ left: `${(x / MAP_WIDTH) * 100}%`, top: `${(y / MAP_HEIGHT) * 100}%` }}
                >
                  <span aria-hidden="true">{point.mark}</span>
                  <span className="visually-hidden">{point.label}</span>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <p className="programme-map__attribution">
        {t('programme.map.attribution')}
        {config.data?.tileAttribution ? ` · ${config.data.tileAttribution}` : ''}
      </p>
    </div>
  );
}
