import { MAP_BOUNDS, project, tilesOfWindow, unproject } from '@pnetz/shared';
import { describe, expect, it } from 'vitest';
import { roundCoordinate } from './geo';

describe('unproject', () => {
  it("is the inverse of the programme map's projection", () => {
    for (const [lon, lat] of [
      [12.5447, 50.8186], // Glauchau, Bahnhof
      [14.2455, 51.2754], // Königswartha
      [MAP_BOUNDS.west, MAP_BOUNDS.north],
      [MAP_BOUNDS.east, MAP_BOUNDS.south],
    ] as const) {
      const [x, y] = project(lon, lat, 1000);
      const back = unproject(x, y, 1000);
      expect(back.lon).toBeCloseTo(lon, 9);
      expect(back.lat).toBeCloseTo(lat, 9);
    }
  });

  it('maps the corners of the map to the corners of the box', () => {
    expect(unproject(0, 0, 1000).lon).toBeCloseTo(MAP_BOUNDS.west, 9);
    expect(unproject(0, 0, 1000).lat).toBeCloseTo(MAP_BOUNDS.north, 9);
  });

  it('rounds coordinates to about a metre', () => {
    expect(roundCoordinate(50.818649)).toBe(50.81865);
  });
});

describe('tilesOfWindow', () => {
  it('covers a window with the tiles of a finer zoom, placed where the projection puts them', () => {
    const [x, y] = project(12.5447, 50.8186, 1000);
    const tiles = tilesOfWindow(12, 1000, {
      left: x - 20,
      top: y - 15,
      right: x + 20,
      bottom: y + 15,
    });
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(16);
    // The tile holding the point: OSM numbering at zoom 12 for Glauchau station.
    const n = 2 ** 12;
    const tileX = Math.floor(((12.5447 + 180) / 360) * n);
    const rad = (50.8186 * Math.PI) / 180;
    const tileY = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
    const holding = tiles.find((t) => t.x === tileX && t.y === tileY)!;
    expect(holding).toBeDefined();
    expect(x).toBeGreaterThanOrEqual(holding.left);
    expect(x).toBeLessThan(holding.left + holding.size);
    expect(y).toBeGreaterThanOrEqual(holding.top);
    expect(y).toBeLessThan(holding.top + holding.size);
  });
});
