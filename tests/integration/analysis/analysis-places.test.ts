import type { AnalysisPlaces, Place, SecurityAnalysis } from '@pnetz/shared';
import {
  names,
  rankPlaces,
  type RankingResponse,
} from '../../../server/src/analysis/places/ranking';
import { addMember, createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { storeAvoidResponses, storeSkippedResponses, times } from '../../support/places';
import { startTestServer, type TestServer } from '../../support/server';
import { analysisActors, getBinary, startAnalysis, type AnalysisActors } from './analysis-support';

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;
let guest: ApiClient;
let anonymous: ApiClient;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  const user = await createUser({ name: 'Gerd Guest' });
  await addMember(actors.workspace._id, user.id, 'guest');
  guest = new ApiClient(app.url);
  await guest.login(user.email, user.password);
  anonymous = new ApiClient(app.url);
  await anonymous.refreshSession();
  // 60 respondents answered the question (29 avoid places), 3 skipped it.
  await storeAvoidResponses(analysis.id, [
    ...times(14, { avoids: 'yes', where: 'am Bahnhof, abends', why: ['dark', 'groups'] }),
    ...times(6, { avoids: 'yes', where: 'Bahnhofsvorplatz und Stadtpark', why: ['dark'] }),
    ...times(5, { avoids: 'yes', where: 'im STADTPARK', why: ['drugs'] }),
    ...times(4, { avoids: 'yes', where: 'Unterführung Lindenstraße', why: ['deserted'] }),
    ...times(31, { avoids: 'no' }),
  ]);
  await storeSkippedResponses(analysis.id, 3);
});
afterAll(() => app.close());

const base = () => `/api/analyses/${analysis.id}/places`;
const list = async (client: ApiClient) => (await client.get(base())).body as AnalysisPlaces;
const BAHNHOF = { name: 'Bahnhof', terms: [], lat: 50.8186, lon: 12.5447 };

describe('the ranking (weights per response, default 1)', () => {
  const markt = (weight: number, why: string[]): RankingResponse => ({
    answers: { avoid_places: 'yes', avoid_places_where: 'Marktplatz', avoid_places_why: why },
    weight,
  });
  const responses: RankingResponse[] = [
    ...Array.from({ length: 10 }, () => markt(2, ['dark'])),
    ...Array.from({ length: 2 }, () => markt(0.5, ['other'])),
    ...Array.from({ length: 8 }, () => ({ answers: { avoid_places: 'no' }, weight: 1 })),
  ];
  const place = { id: 'a'.repeat(24), name: 'Markt', terms: [], lat: null, lon: null };

  it('shares weight by weight: 21 / 29 name the market, 20 / 21 of them for the dark', () => {
    const ranking = rankPlaces(responses, [place]);
    expect(ranking.weighted).toBe(true);
    expect(ranking.base).toBe(20);
    expect(ranking.items).toHaveLength(1);
    expect(ranking.items[0]!.share).toBeCloseTo(21 / 29, 10);
    expect(ranking.items[0]!.respondents).toBe(12);
    // "other" rests on 2 respondents: left out.
    expect(ranking.items[0]!.reasons).toEqual([{ reason: 'dark', share: 20 / 21 }]);
  });

  it('counts every response once without weights', () => {
    const unweighted = responses.map(({ answers }) => ({ answers }));
    const ranking = rankPlaces(unweighted, [place]);
    expect(ranking.weighted).toBe(false);
    expect(ranking.items[0]!.share).toBe(12 / 20);
    expect(ranking.items[0]!.reasons).toEqual([{ reason: 'dark', share: 10 / 12 }]);
  });

  it('finds a place by its name or words, whatever the case, umlauts or ß', () => {
    const underpass = { name: 'Unterführung', terms: ['Lindenstraße'] };
    expect(names('an der UNTERFUEHRUNG', underpass)).toBe(true);
    expect(names('Unterfuhrung am Bahnhof', underpass)).toBe(true);
    expect(names('lindenstrasse 4', underpass)).toBe(true);
    expect(names('am Bahnhof', underpass)).toBe(false);
  });

  it('shows nothing when fewer than 10 answered at all', () => {
    const ranking = rankPlaces(responses.slice(0, 9), [place]);
    expect(ranking).toEqual({ base: 9, weighted: true, items: [], suppressedPlaces: 1 });
  });
});

describe('places residents avoid', () => {
  it('refuses half a position, a position outside Saxony and a second place of the same name', async () => {
    const half = await actors.clients.admin.send('post', base(), { name: 'Markt', lat: 50.8 });
    expect(half.status).toBe(400);
    expect(half.body.error.fields[0].path).toBe('body.lat');
    const far = await actors.clients.admin.send('post', base(), {
      name: 'Markt',
      lat: 52.52,
      lon: 13.4,
    });
    expect(far.status).toBe(400);
    const first = await actors.clients.admin.send('post', base(), BAHNHOF);
    expect(first.status).toBe(201);
    const again = await actors.clients.admin.send('post', base(), BAHNHOF);
    expect(again.status).toBe(409);
    expect((await list(actors.clients.admin)).places).toHaveLength(1);
  });

  it('ranks by share with reasons and leaves out every place and reason under 10', async () => {
    await actors.clients.admin.send('post', base(), {
      name: 'Stadtpark',
      terms: ['Park am Teich'],
    });
    await actors.clients.admin.send('post', base(), {
      name: 'Unterführung',
      terms: ['Lindenstrasse'],
      lat: 50.815,
      lon: 12.54,
    });
    const { ranking, places } = await list(actors.clients.admin);
    expect(places.map((p) => p.name)).toEqual(['Bahnhof', 'Stadtpark', 'Unterführung']);
    expect(ranking.base).toBe(60);
    expect(ranking.weighted).toBe(false);
    expect(ranking.suppressedPlaces).toBe(1);
    expect(ranking.items.map((i) => [i.name, i.respondents])).toEqual([
      ['Bahnhof', 20],
      ['Stadtpark', 11],
    ]);
    const [bahnhof, park] = ranking.items;
    expect(bahnhof!.share).toBeCloseTo(20 / 60, 10);
    expect(bahnhof!.reasons).toEqual([
      { reason: 'dark', share: 1 },
      { reason: 'groups', share: 14 / 20 },
    ]);
    expect(park!.share).toBeCloseTo(11 / 60, 10);
    // 6 said dark, 5 drugs: both under 10, so no reason is shown for the park.
    expect(park!.reasons).toEqual([]);
    expect(JSON.stringify(ranking)).not.toContain('Unterführung');
  });

  it('exports the placed, shown places as a valid GeoJSON FeatureCollection', async () => {
    const res = await getBinary(actors.clients.member, `${base()}.geojson`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(res.headers['content-disposition']).toContain('angstraeume.geojson');
    const geo = JSON.parse((res.body as Buffer).toString('utf8')) as {
      type: string;
      features: Array<{
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }>;
    };
    // RFC 7946: a FeatureCollection of Features, Point positions as [longitude, latitude].
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1); // the park is not placed, the underpass is suppressed
    for (const feature of geo.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(feature.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    expect(geo.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [12.5447, 50.8186] },
      properties: {
        name: 'Bahnhof',
        share: 0.3333,
        respondents: 20,
        reasons: [
          { reason: 'dark', label: 'schlechte Beleuchtung', share: 1 },
          { reason: 'groups', label: 'Gruppen, die mich verunsichern', share: 0.7 },
        ],
      },
    });
  });

  it('lets the team place places, the council and programme read the ranking, nobody else', async () => {
    const place = (await list(actors.clients.admin)).places.find((p) => p.name === 'Stadtpark')!;
    const moved = { name: 'Stadtpark', terms: ['Park am Teich'], lat: 50.82, lon: 12.55 };
    const url = `${base()}/${place.id}`;
    for (const client of [actors.clients.member, guest, actors.clients.coordinator])
      expect((await client.send('put', url, moved)).status).toBe(403);
    expect((await actors.clients.otherCouncil.send('put', url, moved)).status).toBe(403);
    expect((await anonymous.send('put', url, moved)).status).toBe(401);
    expect((await anonymous.send('post', base(), { name: 'X' })).status).toBe(401);
    expect((await actors.clients.member.send('delete', url)).status).toBe(403);

    const saved = await actors.clients.admin.send('put', url, moved);
    expect(saved.status).toBe(200);
    expect(saved.body as Place).toMatchObject({ lat: 50.82, lon: 12.55 });

    const memberView = await list(actors.clients.member);
    expect(memberView.canManage).toBe(false);
    expect(memberView.places).toEqual([]); // definitions (and suppressed names) stay with the team
    expect(memberView.ranking.items.map((i) => i.name)).toEqual(['Bahnhof', 'Stadtpark']);
    expect((await guest.get(base())).status).toBe(200);
    expect((await actors.clients.coordinator.get(base())).status).toBe(200);
    expect((await actors.clients.otherCouncil.get(base())).status).toBe(403);
    expect((await anonymous.get(base())).status).toBe(401);
    expect((await actors.clients.otherCouncil.get(`${base()}.geojson`)).status).toBe(403);
    expect((await anonymous.get(`${base()}.geojson`)).status).toBe(401);

    expect((await actors.clients.admin.send('delete', url)).status).toBe(204);
    expect((await actors.clients.admin.send('delete', url)).status).toBe(404);
  });
});
