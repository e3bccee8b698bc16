import type { MapTile } from '@pnetz/shared';

/** One raster tile on the map, fetched from the configured tile URL (`{z}/{x}/{y}`). */
export function TileImage({ tile, tileUrl }: { tile: MapTile; tileUrl: string }) {
  return (
    <image
      href={tileUrl
        .replace('{z}', String(tile.z))
        .replace('{x}', String(tile.x))
        .replace('{y}', String(tile.y))}
      x={tile.left}
      y={tile.top}
      width={tile.size}
      height={tile.size}
    />
  );
}
