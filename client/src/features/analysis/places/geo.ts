import { MAP_BOUNDS } from '@pnetz/shared';

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
};

/**
 * The inverse of the programme map's projection (`project` in the shared package: Web Mercator
 * scaled to the box around Saxony): a point of the map back to longitude and latitude.
 */
export function unproject(x: number, y: number, width: number): { lon: number; lat: number } {
  const x0 = mercatorX(MAP_BOUNDS.west);
  const y0 = mercatorY(MAP_BOUNDS.north);
  const scale = width / (mercatorX(MAP_BOUNDS.east) - x0);
  const mx = x / scale + x0;
  const my = y / scale + y0;
  return {
    lon: mx * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI,
  };
}

/** Rounds a coordinate to 5 decimals (about a metre), as the fields show it. */
export const roundCoordinate = (value: number) => Math.round(value * 100_000) / 100_000;
