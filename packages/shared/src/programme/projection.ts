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

/** The inverse of the programme map's projection: a point of the map back to lon/lat. */
export function unproject(x: number, y: number, width: number): { lon: number; lat: number } {
  const scale = width / (X1 - X0);
  const mx = x / scale + X0;
  const my = y / scale + Y0;
  return {
    lon: mx * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI,
  };
}

export interface MapTile {
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
): MapTile[] {
  const n = 2 ** z;
  const scale = width / (X1 - X0);
  const tileAt = (value: number, origin: number) => Math.floor((value / scale + origin) * n);
  const tiles: MapTile[] = [];
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
