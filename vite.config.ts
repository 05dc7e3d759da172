// Vite: serves the game in development (npm start) and builds it to dist/ (npm run build).
// The build uses the game's own Phaser (src/vendor/phaser-lite.cjs: only the modules the
// scenes use, with Phaser's build flags set here); development uses Phaser's prebuilt file
// for quick start-up. Phaser goes into its own chunk so the game's own code stays small and
// cacheable; the shipped levels are validated at build time (src/levels/levels-plugin.ts).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { contentSecurityPolicyPlugin } from './src/csp-plugin';
import { shippedLevelsPlugin } from './src/levels/levels-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const levelsDir = process.env.LEVELS_DIR || `${root}levels`;
const roomServer = process.env.ROOM_SERVER || 'http://127.0.0.1:8787';

/** Phaser's own build flags, as its webpack config defines them (here: WebGL only). */
const phaserFlags = {
  'typeof CANVAS_RENDERER': JSON.stringify(false),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
};

const phaserFor = (command: string) =>
  command === 'build'
    ? `${root}src/vendor/phaser-lite.cjs`
    : `${root}node_modules/phaser/dist/phaser-arcade-physics.min.js`;

export default defineConfig(({ command }) => ({
  base: './',
  // LEVELS_DIR serves the level files from another folder (the hot-reload test uses a copy).
  plugins: [shippedLevelsPlugin(levelsDir), contentSecurityPolicyPlugin()],
  define: command === 'build' ? phaserFlags : {},
  resolve: {
    // Types still come from the 'phaser' package; only the code is swapped.
    // 'phaser-src/…' reaches Phaser's CommonJS source, which its package exports do not list.
    alias: [
      { find: /^phaser$/, replacement: phaserFor(command) },
      { find: /^phaser-src\//, replacement: `${root}node_modules/phaser/src/` },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Four pages: the game, the trainer's room, the debrief board and the replay viewer.
      input: {
        main: `${root}index.html`,
        room: `${root}room.html`,
        board: `${root}board.html`,
        watch: `${root}watch.html`,
      },
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/phaser') || id.includes('src/vendor/')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // A worktree may share node_modules through a symlink: its real folder may be served too.
    fs: { allow: [searchForWorkspaceRoot(root), realpathSync(`${root}node_modules`)] },
    // The room API during development: a room server started beside it (ROOM_SERVER, default :8787).
    proxy: { '/api': { target: roomServer, ws: true } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
}));
