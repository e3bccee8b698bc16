/** The side of a marker's button in CSS pixels: WCAG 2.2's minimum target size. */
export const TARGET_SIZE = 24;
/** The side of a grid cell; the spare pixels keep neighbouring targets apart. */
export const CELL_SIZE = 30;
/** The least room between two targets, so that rounding never lets them touch. */
export const GAP = 2;

/** A point on the map, in percent of its width and height. */
export interface Placed {
  left: number;
  top: number;
}

/** The markers that fall into one grid cell, drawn as one target. */
export interface Cluster<T extends Placed> {
  key: string;
  members: T[];
  left: number;
  top: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Groups markers by a grid of `CELL_SIZE` pixels over the map as drawn at `width` × `height`
 * pixels. Each group sits at its members' mean, kept within its own cell so that the
 * `TARGET_SIZE` targets of two groups never overlap, whatever the map's size.
 */
export function clusterMarkers<T extends Placed>(
  markers: readonly T[],
  width: number,
  height: number,
): Cluster<T>[] {
  if (width <= 0 || height <= 0) return [];
  // The last column and row take the remainder, so that no cell is narrower than a target.
  const columns = Math.max(1, Math.floor(width / CELL_SIZE));
  const rows = Math.max(1, Math.floor(height / CELL_SIZE));
  const cells = new Map<string, { column: number; row: number; members: T[] }>();
  for (const marker of markers) {
    const x = (marker.left / 100) * width;
    const y = (marker.top / 100) * height;
    const column = clamp(Math.floor(x / CELL_SIZE), 0, columns - 1);
    const row = clamp(Math.floor(y / CELL_SIZE), 0, rows - 1);
    const key = `${column}:${row}`;
    const cell = cells.get(key) ?? { column, row, members: [] };
    cell.members.push(marker);
    cells.set(key, cell);
  }
  const margin = TARGET_SIZE / 2 + GAP / 2;
  return [...cells.entries()].map(([key, { column, row, members }]) => {
    const meanX = members.reduce((sum, m) => sum + (m.left / 100) * width, 0) / members.length;
    const meanY = members.reduce((sum, m) => sum + (m.top / 100) * height, 0) / members.length;
    const right = column === columns - 1 ? width : (column + 1) * CELL_SIZE;
    const bottom = row === rows - 1 ? height : (row + 1) * CELL_SIZE;
    const x = clamp(meanX, column * CELL_SIZE + margin, right - margin);
    const y = clamp(meanY, row * CELL_SIZE + margin, bottom - margin);
    return { key, members, left: (x / width) * 100, top: (y / height) * 100 };
  });
}
