import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** The API server in development; in production it serves `dist/` itself on the same origin. */
const API_TARGET = 'http://localhost:3000';

// The Host header is kept (no changeOrigin): the server accepts socket handshakes only when
// Origin and Host agree, as they do for the browser talking to this dev server.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: API_TARGET },
  '/socket.io': { target: API_TARGET, ws: true },
  '/collab': { target: API_TARGET, ws: true },
};

// Vite loads its configuration through a default export.
export default defineConfig({
  // Brotli and gzip copies of every script and style, served as they are by the server.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
});
