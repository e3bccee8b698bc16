import type { Ring } from './saxony-map';

/**
 * Web Mercator, scaled to a box around Saxony. The same projection draws the map in the browser,
 * places optional raster tiles (which are Web Mercator too) and draws the map in the PDF report.
 */
export const MAP_BOUNDS = { west: 11.8, east: 15.1, south: 50.1, north: 51.75 } as const;

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
};

const X0 = mercatorX(MAP_BOUNDS.west);
const X1 = mercatorX(MAP_BOUNDS.east);
const Y0 = mercatorY(MAP_BOUNDS.north);
const Y1 = mercatorY(MAP_BOUNDS.south);

/** Width over height of the projected box. */
export const MAP_ASPECT = (X1 - X0) / (Y1 - Y0);

/** Projects a point to [0..width] × [0..width / MAP_ASPECT], north up. */
export function project(lon: number, lat: number, width: number): [number, number] {
  const scale = width / (X1 - X0);
  return [(mercatorX(lon) - X0) * scale, (mercatorY(lat) - Y0) * scale];
}

/** A ring as an SVG path (`M x y L …Z`). */
export function ringPath(ring: Ring, width: number): string {
  return (
    ring
      .map(([lon, lat], i) => {
        const [x, y] = project(lon, lat, width);
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join('') + 'Z'
  );
}

/** Web Mercator tiles (x, y at zoom z) covering the map box, with their place in the projection. */
export function tilesCovering(
  zoom: number,
  width: number,
): Array<{ x: number; y: number; z: number; left: number; top: number; size: number }> {
  const n = 2 ** zoom;
  const scale = width / (X1 - X0);
  const tiles = [];
  for (let x = Math.floor(X0 * n); x < Math.ceil(X1 * n); x++) {
    for (let y = Math.floor(Y0 * n); y < Math.ceil(Y1 * n); y++) {
      tiles.push({
        x,
        y,
        z: zoom,
        left: (x / n - X0) * scale,
        top: (y / n - Y0) * scale,
        size: scale / n,
      });
    }
  }
  return tiles;
}
