import {
  MAP_ASPECT,
  SAXONY_DISTRICTS,
  SAXONY_OUTLINE,
  ringPath,
  tilesCovering,
} from '@pnetz/shared';
import { memo } from 'react';
import { TileImage } from './TileImage';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = MAP_WIDTH / MAP_ASPECT;
/** Zoom of the optional raster tiles: about nine tiles cover Saxony. */
const TILE_ZOOM = 8;

// Computed once: the outline ships with the app (packages/shared/src/programme/saxony-map.ts).
const OUTLINE = SAXONY_OUTLINE.map((ring) => ringPath(ring, MAP_WIDTH)).join('');
const DISTRICTS = SAXONY_DISTRICTS.map((district) => ({
  name: `${district.kind} ${district.name}`,
  path: district.rings.map((ring) => ringPath(ring, MAP_WIDTH)).join(''),
}));

/** Saxony and its districts, with raster tiles behind them only when a tile URL is configured. */
export const SaxonyOutline = memo(function SaxonyOutline({ tileUrl }: { tileUrl: string | null }) {
  return (
    <svg
      className="programme-map__svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT.toFixed(0)}`}
      aria-hidden="true"
      focusable="false"
    >
      {tileUrl
        ? tilesCovering(TILE_ZOOM, MAP_WIDTH).map((tile) => (
            <TileImage key={`${tile.x}-${tile.y}`} tile={tile} tileUrl={tileUrl} />
          ))
        : null}
      <path
        d={OUTLINE}
        className={
          tileUrl ? 'programme-map__land programme-map__land--tiles' : 'programme-map__land'
        }
      />
      {DISTRICTS.map((district) => (
        <path key={district.name} d={district.path} className="programme-map__district" />
      ))}
    </svg>
  );
});
