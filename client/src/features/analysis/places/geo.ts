import { MAP_BOUNDS } from '@pnetz/shared';

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
};

// The programme map's box (`project` in the shared package): Web Mercator scaled to Saxony.
const X0 = mercatorX(MAP_BOUNDS.west);
const Y0 = mercatorY(MAP_BOUNDS.north);
const scaleOf = (width: number) => width / (mercatorX(MAP_BOUNDS.east) - X0);

/** The inverse of the programme map's projection: a point of the map back to lon/lat. */
export function unproject(x: number, y: number, width: number): { lon: number; lat: number } {
  const scale = scaleOf(width);
  const mx = x / scale + X0;
  const my = y / scale + Y0;
  return {
    lon: mx * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI,
  };
}

/** Rounds a coordinate to 5 decimals (about a metre), as the fields show it. */
export const roundCoordinate = (value: number) => Math.round(value * 100_000) / 100_000;

export interface Tile {
  x: number;
  y: number;
  z: number;
  left: number;
  top: number;
  size: number;
}

/**
 * Web Mercator tiles at zoom `z` covering the window `[left, right] × [top, bottom]` of the map
 * (map units of a map `width` wide), with their place on the map. The programme's outline map
 * draws tiles for all of Saxony at one coarse zoom; an enlarged window needs finer ones.
 */
export function tilesOfWindow(
  z: number,
  width: number,
  window: { left: number; top: number; right: number; bottom: number },
): Tile[] {
  const n = 2 ** z;
  const scale = scaleOf(width);
  const tileAt = (value: number, origin: number) => Math.floor((value / scale + origin) * n);
  const tiles: Tile[] = [];
  for (let x = tileAt(window.left, X0); x <= tileAt(window.right, X0); x++)
    for (let y = tileAt(window.top, Y0); y <= tileAt(window.bottom, Y0); y++)
      tiles.push({
        x,
        y,
        z,
        left: (x / n - X0) * scale,
        top: (y / n - Y0) * scale,
        size: scale / n,
      });
  return tiles;
}
