import { z } from 'zod';
import { IdSchema } from '../common';
import { SAXONY_BOUNDS } from '../programme/records';
import { endpoint } from './endpoint';

/** No figure rests on fewer respondents than this (unweighted); smaller cells are left out. */
export const PLACES_MIN_RESPONDENTS = 10;

export const PLACES_LIMITS = {
  nameMaxLength: 120,
  termsMax: 20,
  termMaxLength: 60,
  placesMax: 100,
} as const;

/** The reasons of the questionnaire's `avoid_places_why` question, in its order. */
export const AVOID_REASONS = [
  'dark',
  'deserted',
  'groups',
  'drugs',
  'neglect',
  'incident',
  'other',
] as const;

const Latitude = z.number().min(SAXONY_BOUNDS.minLat).max(SAXONY_BOUNDS.maxLat);
const Longitude = z.number().min(SAXONY_BOUNDS.minLon).max(SAXONY_BOUNDS.maxLon);

/**
 * A place residents avoid (Angstraum) as the analysis team defines it: a name, the words by which
 * the free-text answers name it (matched case-insensitively as parts of the answer), and where it
 * lies on the map once placed.
 */
export const PlaceInputSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(PLACES_LIMITS.nameMaxLength),
    /** Words that name the place in the answers; the name itself always counts. */
    terms: z
      .array(
        z.string().trim().min(2, 'must have at least 2 letters').max(PLACES_LIMITS.termMaxLength),
      )
      .max(PLACES_LIMITS.termsMax)
      .default([]),
    lat: Latitude.nullable().default(null),
    lon: Longitude.nullable().default(null),
  })
  .refine((place) => (place.lat === null) === (place.lon === null), {
    message: 'give both latitude and longitude, or neither',
    path: ['lat'],
  });
export type PlaceInput = z.input<typeof PlaceInputSchema>;

export const PlaceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  terms: z.array(z.string()),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const RankedPlaceSchema = z.object({
  placeId: IdSchema,
  name: z.string(),
  /** Weighted share of the respondents who answered the question, 0…1. */
  share: z.number(),
  /** Unweighted respondents naming the place (at least `PLACES_MIN_RESPONDENTS`). */
  respondents: z.number().int(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Weighted share of the place's respondents giving each reason; reasons under 10 left out. */
  reasons: z.array(z.object({ reason: z.string(), share: z.number() })),
});
export type RankedPlace = z.infer<typeof RankedPlaceSchema>;

export const PlacesRankingSchema = z.object({
  /** Unweighted respondents who answered whether they avoid places (the share's base). */
  base: z.number().int(),
  /** True when the responses carry weights; false when every response counts once. */
  weighted: z.boolean(),
  items: z.array(RankedPlaceSchema),
  /** Places left out because fewer than 10 respondents name them. */
  suppressedPlaces: z.number().int(),
});
export type PlacesRanking = z.infer<typeof PlacesRankingSchema>;

export const AnalysisPlacesSchema = z.object({
  /** Where the map opens: the municipality's registry position. */
  centre: z.object({ lat: z.number(), lon: z.number() }),
  /** The team's place definitions (only for those who manage the analysis; empty otherwise). */
  places: z.array(PlaceSchema),
  ranking: PlacesRankingSchema,
  canManage: z.boolean(),
});
export type AnalysisPlaces = z.infer<typeof AnalysisPlacesSchema>;

const PlaceParams = z.object({ id: IdSchema, placeId: IdSchema });
const TAG = 'Sicherheitsanalyse';

export const placesEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/analyses/:id/places',
    summary: 'Places residents avoid, ranked by share with reasons (cells under 10 left out)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: AnalysisPlacesSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/analyses/:id/places',
    summary: 'Define a place residents avoid, with its words and position (owners)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: PlaceInputSchema,
    response: PlaceSchema,
    status: 201,
  }),
  update: endpoint({
    method: 'put',
    path: '/api/analyses/:id/places/:placeId',
    summary: 'Change a place: name, words, position on the map (owners)',
    tag: TAG,
    auth: 'user',
    params: PlaceParams,
    body: PlaceInputSchema,
    response: PlaceSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/analyses/:id/places/:placeId',
    summary: 'Remove a place (owners)',
    tag: TAG,
    auth: 'user',
    params: PlaceParams,
    response: null,
  }),
  geojson: endpoint({
    method: 'get',
    path: '/api/analyses/:id/places.geojson',
    summary: 'The placed, unsuppressed places as a GeoJSON FeatureCollection',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: null,
    status: 200,
    produces: ['application/geo+json'],
  }),
};
