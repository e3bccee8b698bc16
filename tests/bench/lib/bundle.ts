import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** Two levels below the repository, so that the server's own paths (env.ts) resolve as shipped. */
const OUT_DIR = path.join(REPO_ROOT, '.cache', 'bench-servers');

/**
 * npm packages stay external, as in the server's build; the workspace packages are bundled. An
 * external package is required by its resolved path: from the bundle's folder a bare name would
 * find the hoisted version, not the one the importing workspace depends on.
 */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@pnetz/')) return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      try {
        return { path: require.resolve(args.path, { paths: [args.resolveDir] }), external: true };
      } catch {
        return { path: args.path, external: true };
      }
    });
  },
};

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a server script of the benchmark (`servers/ours.ts`) into one CommonJS file, the way
 * the server ships (server/tsup.config.ts), once per run. Every server then runs as plain
 * JavaScript: the on-the-fly TypeScript transform the load generators use keeps function names
 * by redefining them, which gives every closure of the transformed code a property dictionary
 * (about 1.8 KiB per connection on our server) that no deployed server carries.
 */
export function bundledServer(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const outfile = path.join(OUT_DIR, `${path.basename(script, '.ts')}.cjs`);
    bundle = build({
      entryPoints: [path.join(REPO_ROOT, 'tests', 'bench', script)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins: [externalPackages],
      logLevel: 'warning',
    }).then(() => outfile);
    bundles.set(script, bundle);
  }
  return bundle;
}
