// The room server as one Fastify app: the built game (dist/) as static files, the room API and
// its live socket, and the Rooms rebuilt from storage before the first request is taken.
// Fastify because it is small and fast, validates nothing behind our back, has a maintained
// WebSocket plugin on `ws`, and its inject() lets tests and tools call routes without a port.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { RoomBus } from './bus';
import { Live } from './live';
import { Rooms } from './rooms';
import { registerRoutes } from './routes';
import type { RoomStorage } from './storage';

export interface ServerOptions {
  storage: RoomStorage;
  /** How this process hears the others on a shared database (none with SQLite). */
  bus?: RoomBus;
  /** The built game; not served when the folder is missing. */
  dist: string | null;
  log?: boolean;
}

export interface RoomServer {
  app: FastifyInstance;
  rooms: Rooms;
  loaded: { rooms: number; participants: number; commands: number };
  close(): Promise<void>;
}

export async function buildServer(opts: ServerOptions): Promise<RoomServer> {
  await opts.storage.open();
  const rooms = new Rooms(opts.storage, opts.bus);
  const loaded = await rooms.load();
  const live = new Live(rooms);
  const app = Fastify({ logger: opts.log ? { level: 'warn' } : false, bodyLimit: 1_000_000 });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  app.setErrorHandler((err: { statusCode?: number }, _req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) app.log.error(err);
    reply.code(status).send({
      error: status >= 500 ? 'server' : 'bad-request',
      message:
        status >= 500
          ? 'The room server could not do this; try again.'
          : 'The request is not in the expected form.',
    });
  });
  registerRoutes(app, rooms, live);
  if (opts.dist && existsSync(opts.dist))
    await app.register(fastifyStatic, { root: opts.dist, index: 'index.html' });
  return {
    app,
    rooms,
    loaded,
    async close() {
      live.closeAll();
      await app.close();
      await opts.bus?.close();
      await opts.storage.close();
    },
  };
}
