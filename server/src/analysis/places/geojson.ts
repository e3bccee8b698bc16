import type { PlacesRanking } from '@pnetz/shared';

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    share: number;
    respondents: number;
    reasons: Array<{ reason: string; label: string; share: number }>;
  };
}

export interface PlacesFeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The ranked places as a GeoJSON FeatureCollection (RFC 7946: positions are [longitude,
 * latitude] in WGS 84). Only places on the map and shown in the ranking go out, so the export
 * carries nothing that the small-group rule left out; shares are 0…1, rounded to four places.
 */
export function placesGeoJson(
  ranking: PlacesRanking,
  labels: ReadonlyMap<string, string>,
): PlacesFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: ranking.items.flatMap((item): PlaceFeature[] =>
      item.lat === null || item.lon === null
        ? []
        : [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [item.lon, item.lat] },
              properties: {
                name: item.name,
                share: round(item.share),
                respondents: item.respondents,
                reasons: item.reasons.map(({ reason, share }) => ({
                  reason,
                  label: labels.get(reason) ?? reason,
                  share: round(share),
                })),
              },
            },
          ],
    ),
  };
}
