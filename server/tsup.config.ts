import { defineConfig } from 'tsup';

// The server ships as one CommonJS bundle; the workspace contract package is TypeScript source,
// so it is bundled in, while every npm dependency stays external.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: [/^@pnetz\//],
  // Explicitly CommonJS, whatever the package type says.
  outExtension: () => ({ js: '.cjs' }),
});
