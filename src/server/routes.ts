// The room API over HTTP and the live socket: each route checks its input and its secret
// (the participant's personal code or the room's trainer key) and answers with data or a
// short error code plus a sentence for people. Paths and bodies are in src/room/protocol.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  API,
  type ApiErrorCode,
  type CommandBatch,
  type CreatedRoom,
  isPersonalCode,
  isRoomCode,
  type Joined,
  MAX_BATCH,
  type MyGame,
  normalizeCode,
  PARTICIPANT_HEADER,
  type RoomRun,
  TRAINER_HEADER,
} from '../room/protocol';
import { gameHash, SIM_VERSION } from '../sim';
import { sameSecret } from './codes';
import { type Live, roster } from './live';
import { type Failure, isFailure, type Room, type Rooms } from './rooms';
import type { Seat } from './seat';

const MESSAGES: Record<ApiErrorCode, string> = {
  'bad-request': 'The request is not in the expected form.',
  'no-room': 'There is no room with this code.',
  'no-participant': 'This personal code is not known in this room.',
  'bad-key': 'This is not the trainer key of this room.',
  'bad-nickname': 'Choose a nickname of 1 to 24 letters, digits or signs.',
  'unknown-level': 'There is no level with this name.',
  'bad-seed': 'A seed is 1 to 64 letters, digits, dots, dashes or underscores.',
  'room-ended': 'This session has ended.',
  'too-many': 'This room is full.',
};

const FAILURE_CODE: Record<Failure['fail'], ApiErrorCode> = {
  'unknown-level': 'unknown-level',
  'bad-seed': 'bad-seed',
  'no-room': 'no-room',
  'room-ended': 'room-ended',
  'too-many': 'too-many',
  taken: 'bad-nickname',
  'bad-nickname': 'bad-nickname',
};

function fail(reply: FastifyReply, status: number, error: ApiErrorCode, message = MESSAGES[error]) {
  return reply.code(status).send({ error, message });
}

function failWith(reply: FastifyReply, f: Failure) {
  const code = FAILURE_CODE[f.fail];
  if (f.fail === 'taken')
    return fail(
      reply,
      409,
      code,
      'This nickname is taken in this room. If it is you, continue with your personal code.',
    );
  return fail(reply, f.fail === 'no-room' ? 404 : 400, code);
}

type Req = FastifyRequest<{ Params: { code: string }; Body: unknown; Querystring: Record<string, string> }>;

export function registerRoutes(app: FastifyInstance, rooms: Rooms, live: Live): void {
  const roomOf = async (req: Req, reply: FastifyReply): Promise<Room | null> => {
    const code = normalizeCode(String(req.params.code ?? ''));
    const room = isRoomCode(code) ? await rooms.find(code) : undefined;
    if (!room) fail(reply, 404, 'no-room');
    return room ?? null;
  };
  const seatOf = async (room: Room, token: unknown): Promise<Seat | null> => {
    const code = normalizeCode(String(token ?? ''));
    return isPersonalCode(code) ? ((await rooms.seatOf(room, code)) ?? null) : null;
  };
  const trainerOk = (room: Room, key: unknown) => sameSecret(key, room.stored.trainerKey);

  app.get('/api/health', async () => ({ ok: true, rooms: rooms.rooms.size, simVersion: SIM_VERSION }));

  app.post(API.rooms, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const pacing =
      body.pacing === 'hold' ? 'hold' : body.pacing === 'free' || body.pacing === undefined ? 'free' : null;
    const seed = body.seed === undefined || body.seed === '' ? undefined : body.seed;
    if (typeof body.level !== 'string' || pacing === null || (seed !== undefined && typeof seed !== 'string'))
      return fail(reply, 400, 'bad-request');
    const room = await rooms.create(body.level, seed as string | undefined, pacing);
    if (isFailure(room)) return failWith(reply, room);
    const answer: CreatedRoom = { room: rooms.info(room), trainerKey: room.stored.trainerKey };
    return reply.code(201).send(answer);
  });

  app.get(API.room(':code'), async (req: Req, reply) => {
    const room = await roomOf(req, reply);
    return room ? rooms.info(room) : reply;
  });

  app.post(API.join(':code'), async (req: Req, reply) => {
    const room = await roomOf(req, reply);
    if (!room) return reply;
    const seat = await rooms.join(room, (req.body as Record<string, unknown> | null)?.nickname);
    if (isFailure(seat)) return failWith(reply, seat);
    const answer: Joined = { me: meOf(seat), room: rooms.info(room) };
    return reply.code(201).send(answer);
  });

  app.get(API.me(':code'), async (req: Req, reply) => {
    const room = await roomOf(req, reply);
    if (!room) return reply;
    const seat = await seatOf(room, req.headers[PARTICIPANT_HEADER]);
    if (!seat) return fail(reply, 403, 'no-participant');
    await rooms.current(room, seat);
    const answer: MyGame = {
      me: meOf(seat),
      room: rooms.info(room),
      commands: seat.commands,
      seq: seat.commands.length,
      hash: gameHash(seat.game),
    };
    return answer;
  });

  app.post(API.commands(':code'), async (req: Req, reply) => {
    const room = await roomOf(req, reply);
    if (!room) return reply;
    const seat = await seatOf(room, req.headers[PARTICIPANT_HEADER]);
    if (!seat) return fail(reply, 403, 'no-participant');
    const batch = readBatch(req.body);
    if (!batch) return fail(reply, 400, 'bad-request');
    const answer = await rooms.take(room, seat, batch);
    return reply.code(answer.ok ? 200 : 409).send(answer);
  });

  registerTrainerRoutes(app, rooms, { roomOf, trainerOk });
  registerLive(app, rooms, live, { roomOf, seatOf, trainerOk });
}

interface Finders {
  roomOf: (req: Req, reply: FastifyReply) => Promise<Room | null>;
  trainerOk: (room: Room, key: unknown) => boolean;
}

function registerTrainerRoutes(app: FastifyInstance, rooms: Rooms, f: Finders): void {
  const trainerRoom = async (req: Req, reply: FastifyReply): Promise<Room | null> => {
    const room = await f.roomOf(req, reply);
    if (!room) return null;
    if (f.trainerOk(room, req.headers[TRAINER_HEADER])) return room;
    fail(reply, 403, 'bad-key');
    return null;
  };

  app.get(API.monitor(':code'), async (req: Req, reply) => {
    const room = await trainerRoom(req, reply);
    if (!room) return reply;
    await rooms.current(room);
    return { room: rooms.info(room), rows: roster(room) };
  });

  app.post(API.release(':code'), async (req: Req, reply) => {
    const room = await trainerRoom(req, reply);
    if (!room) return reply;
    const season = (req.body as Record<string, unknown> | null)?.season;
    if (!Number.isInteger(season) || (season as number) < 1) return fail(reply, 400, 'bad-request');
    await rooms.release(room, season as number);
    return rooms.info(room);
  });

  app.post(API.pause(':code'), async (req: Req, reply) => {
    const room = await trainerRoom(req, reply);
    if (!room) return reply;
    await rooms.pause(room);
    return rooms.info(room);
  });

  app.post(API.end(':code'), async (req: Req, reply) => {
    const room = await trainerRoom(req, reply);
    if (!room) return reply;
    await rooms.end(room);
    return rooms.info(room);
  });

  app.get(API.runs(':code'), async (req: Req, reply) => {
    const room = await trainerRoom(req, reply);
    if (!room) return reply;
    await rooms.current(room);
    const runs: RoomRun[] = [...room.seats.values()]
      .sort((a, b) => a.p.id - b.p.id)
      .map((seat) => ({
        id: seat.p.id,
        nickname: seat.p.nickname,
        replay: {
          simVersion: SIM_VERSION,
          level: room.stored.level,
          seed: room.stored.seed,
          commands: seat.commands,
          hash: gameHash(seat.game),
        },
      }));
    return runs;
  });
}

function registerLive(
  app: FastifyInstance,
  rooms: Rooms,
  live: Live,
  f: Finders & { seatOf: (room: Room, token: unknown) => Promise<Seat | null> },
): void {
  app.get(API.live(':code'), { websocket: true }, async (socket, req: Req) => {
    const code = normalizeCode(String(req.params.code ?? ''));
    const room = isRoomCode(code) ? await rooms.find(code) : undefined;
    const q = req.query ?? {};
    if (!room) return socket.close(4404, 'no-room');
    if (q.role === 'trainer') {
      if (!f.trainerOk(room, q.key)) return socket.close(4403, 'bad-key');
      await rooms.current(room);
      if (socket.readyState !== socket.OPEN) return;
      return live.addTrainer(room, socket);
    }
    const seat = await f.seatOf(room, q.token);
    if (!seat) return socket.close(4403, 'no-participant');
    if (socket.readyState !== socket.OPEN) return;
    live.addParticipant(room, seat, socket);
  });
}

function meOf(seat: Seat) {
  return { id: seat.p.id, nickname: seat.p.nickname, token: seat.p.token };
}

function readBatch(body: unknown): CommandBatch | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (!Number.isInteger(b.from) || (b.from as number) < 0) return null;
  if (!Array.isArray(b.commands) || b.commands.length > MAX_BATCH) return null;
  if (b.hash !== undefined && typeof b.hash !== 'string') return null;
  return { from: b.from as number, commands: b.commands, hash: b.hash as string | undefined };
}
