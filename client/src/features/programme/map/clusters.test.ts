import { describe, expect, it } from 'vitest';
import { CELL_SIZE, GAP, TARGET_SIZE, clusterMarkers, type Placed } from './clusters';

/** Room for floating-point rounding. */
const EPSILON = 1e-6;

/** Deterministic points in percent of the map (a linear congruential sequence). */
function points(count: number, seed: number): Placed[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return (state / 2 ** 31) * 100;
  };
  return Array.from({ length: count }, () => ({ left: next(), top: next() }));
}

describe('clusterMarkers', () => {
  it.each([
    [320, 222],
    [360, 250],
    [961, 667],
    [1000, 694],
  ])('keeps every target of a %i × %i px map apart and inside it', (width, height) => {
    const markers = points(400, width);
    const clusters = clusterMarkers(markers, width, height);
    expect(clusters.flatMap((c) => c.members)).toHaveLength(markers.length);
    const centres = clusters.map((c) => ({
      x: (c.left / 100) * width,
      y: (c.top / 100) * height,
    }));
    for (const centre of centres) {
      expect(centre.x).toBeGreaterThanOrEqual(TARGET_SIZE / 2 - EPSILON);
      expect(centre.x).toBeLessThanOrEqual(width - TARGET_SIZE / 2 + EPSILON);
      expect(centre.y).toBeGreaterThanOrEqual(TARGET_SIZE / 2 - EPSILON);
      expect(centre.y).toBeLessThanOrEqual(height - TARGET_SIZE / 2 + EPSILON);
    }
    for (const [i, a] of centres.entries()) {
      for (const b of centres.slice(i + 1)) {
        const apart = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
        expect(apart).toBeGreaterThanOrEqual(TARGET_SIZE + GAP - EPSILON);
      }
    }
  });

  it('draws markers far apart one by one, near where they are', () => {
    const markers = [
      { left: 10, top: 10 },
      { left: 50, top: 50 },
      { left: 90, top: 80 },
    ];
    const clusters = clusterMarkers(markers, 1000, 700);
    expect(clusters.map((c) => c.members)).toEqual(markers.map((m) => [m]));
    for (const [i, cluster] of clusters.entries()) {
      const marker = markers[i]!;
      const most = TARGET_SIZE / 2 + GAP / 2 + EPSILON;
      expect(Math.abs(cluster.left - marker.left) * 10).toBeLessThanOrEqual(most);
      expect(Math.abs(cluster.top - marker.top) * 7).toBeLessThanOrEqual(most);
    }
  });

  it('groups markers closer than a cell into one target', () => {
    const near = [
      { left: 50, top: 50 },
      { left: 50.5, top: 50.2 },
    ];
    const clusters = clusterMarkers(near, 1000, 700);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.members).toEqual(near);
    expect(CELL_SIZE).toBeGreaterThan(TARGET_SIZE);
  });

  it('draws nothing before the map has a size', () => {
    expect(clusterMarkers([{ left: 1, top: 1 }], 0, 0)).toEqual([]);
  });
});
