import fs from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { tempDataDir } from '../../support/database';
import { startTestServer, type TestServer } from '../../support/server';

/** A built client as Vite leaves it: an index, a hashed script and its brotli and gzip copies. */
async function builtClient(): Promise<string> {
  const dist = await tempDataDir('pnetz-dist-');
  const script = `console.info(${JSON.stringify('Präventionsnetz '.repeat(200))});`;
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><title>Präventionsnetz</title>',
  );
  await fs.writeFile(path.join(dist, 'assets', 'index-AbC123.js'), script);
  await fs.writeFile(path.join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
  await fs.writeFile(path.join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
  await fs.writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

describe('the built client', () => {
  let app: TestServer;
  let dist: string;

  beforeAll(async () => {
    dist = await builtClient();
    app = await startTestServer({ CLIENT_DIST: dist });
  });

  afterAll(async () => {
    await app.close();
    await fs.rm(dist, { recursive: true, force: true });
  });

  it('serves hashed scripts precompressed (brotli first, then gzip) and cached as immutable', async () => {
    const br = await request(app.url)
      .get('/assets/index-AbC123.js')
      .set('Accept-Encoding', 'gzip, br')
      .expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toContain('javascript');

    const gz = await request(app.url)
      .get('/assets/index-AbC123.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toContain('Präventionsnetz');

    const plain = await request(app.url)
      .get('/assets/index-AbC123.js')
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('revalidates the index and unhashed files on every visit, and routes unknown paths to it', async () => {
    const index = await request(app.url).get('/raete/glauchau').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toContain('<title>Präventionsnetz</title>');
    const icon = await request(app.url).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API responses for clients that accept it', async () => {
    const res = await request(app.url)
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toHaveProperty('openapi');
  });
});
