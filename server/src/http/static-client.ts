import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names every built asset after its content hash, so a cached copy never goes stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * In production the same server serves the built client. Assets are served from the brotli and
 * gzip copies made at build time; hashed assets are cached for a year, everything else (the SPA's
 * index, which names the current hashes) is revalidated on every visit. Unknown paths get the
 * SPA's index.
 */
export function serveClient(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(
    expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        setHeaders: (res, file) => {
          const inAssets = path.relative(path.join(dist, 'assets'), file);
          const hashed = !inAssets.startsWith('..') && !path.isAbsolute(inAssets);
          res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
        },
      },
    }),
  );
  app.get('/{*path}', (req, res, next) => {
    if (req.path.startsWith('/socket.io') || req.path.startsWith('/collab')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
