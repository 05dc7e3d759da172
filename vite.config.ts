// Vite: serves the game in development (npm start) and builds it to dist/ (npm run build).
// Phaser goes into its own chunk so the game's own code stays small and cacheable; the
// shipped levels are validated at build time (src/levels/levels-plugin.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './src/csp-plugin';
import { shippedLevelsPlugin } from './src/levels/levels-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [shippedLevelsPlugin(root.replace(/\/$/, '')), contentSecurityPolicyPlugin()],
  resolve: {
    // Phaser's official build without Matter physics: the game uses no physics at all, and
    // the full build would cost ~30 KB gzipped for nothing. Types still come from 'phaser'.
    alias: [
      { find: /^phaser$/, replacement: `${root}node_modules/phaser/dist/phaser-arcade-physics.min.js` },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
