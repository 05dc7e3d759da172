// The shared storage: PostgreSQL (through `pg`) when DATABASE_URL is set, for several room-server
// processes on one database. The database, not any process, keeps each Participant's commands
// in order: an append is one statement that is refused unless it starts exactly at the next
// number, and the primary key refuses a number taken meanwhile. Schema migrations are numbered and applied at start under an advisory lock.
import pg from 'pg';
import type { Command } from '../sim';
import { MIGRATIONS } from './pg-migrations';
import { NicknameTaken, type RoomStorage, SequenceConflict, type StoredWorld } from './storage';
import { type ParticipantRowDb, type RoomRow, toParticipant, toRoom } from './storage-rows';

/** Any number, the same in every process: only one of them migrates at a time. */
const MIGRATION_LOCK = 7_461_001;

/** The version applied last, after applying every newer migration in order. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = done.rows[0]?.v ?? 0;
    const newest = MIGRATIONS.length;
    if (current > newest)
      throw new Error(
        `the database is from a newer room server (schema ${current}, this one knows ${newest})`,
      );
    for (let v = current + 1; v <= newest; v++) {
      await client.query(MIGRATIONS[v - 1] as string);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v]);
    }
    await client.query('COMMIT');
    return newest;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export function pgStorage(url: string, pool = new pg.Pool({ connectionString: url, max: 10 })): RoomStorage {
  // An idle connection the database dropped is replaced on the next query; it must not crash us.
  pool.on('error', () => undefined);
  const commandsOf = async (where: string, args: unknown[]) => {
    const res = await pool.query<{ participant: string; body: string }>(
      `SELECT c.participant, c.body FROM commands c ${where} ORDER BY c.participant, c.seq`,
      args,
    );
    const commands = new Map<number, Command[]>();
    for (const row of res.rows) {
      const id = Number(row.participant);
      let list = commands.get(id);
      if (!list) commands.set(id, (list = []));
      list.push(JSON.parse(row.body) as Command);
    }
    return commands;
  };

  const world = async (code?: string): Promise<StoredWorld> => {
    const one = code !== undefined;
    const args = one ? [code] : [];
    const [rooms, participants, commands] = await Promise.all([
      pool.query<RoomRow>(`SELECT * FROM rooms${one ? ' WHERE code = $1' : ''} ORDER BY created_at`, args),
      pool.query<ParticipantRowDb>(
        `SELECT * FROM participants${one ? ' WHERE room = $1' : ''} ORDER BY id`,
        args,
      ),
      commandsOf(one ? 'JOIN participants p ON p.id = c.participant WHERE p.room = $1' : '', args),
    ]);
    return { rooms: rooms.rows.map(toRoom), participants: participants.rows.map(toParticipant), commands };
  };

  return {
    shared: true,

    async open() {
      await migrate(pool);
    },

    loadAll: () => world(),

    async loadRoom(code) {
      const w = await world(code);
      return w.rooms.length ? w : null;
    },

    async roomRow(code) {
      const res = await pool.query<RoomRow>('SELECT * FROM rooms WHERE code = $1', [code]);
      return res.rows[0] ? toRoom(res.rows[0]) : null;
    },

    async participantsOf(room) {
      const res = await pool.query<ParticipantRowDb>(
        'SELECT * FROM participants WHERE room = $1 ORDER BY id',
        [room],
      );
      return res.rows.map(toParticipant);
    },

    async seatSince(code, participant, from) {
      const res = await pool.query<RoomRow & { more: string[] | null }>(
        `SELECT r.*, (SELECT array_agg(body ORDER BY seq) FROM commands WHERE participant = $2 AND seq >= $3) AS more
         FROM rooms r WHERE r.code = $1`,
        [code, participant, from],
      );
      const row = res.rows[0];
      return {
        room: row ? toRoom(row) : null,
        commands: (row?.more ?? []).map((b) => JSON.parse(b) as Command),
      };
    },

    async commandsFrom(participant, from) {
      const res = await pool.query<{ body: string }>(
        'SELECT body FROM commands WHERE participant = $1 AND seq >= $2 ORDER BY seq',
        [participant, from],
      );
      return res.rows.map((r) => JSON.parse(r.body) as Command);
    },

    async addRoom(r) {
      await pool.query(
        'INSERT INTO rooms (code, trainer_key, level, seed, pacing, released, ended, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [r.code, r.trainerKey, r.level, r.seed, r.pacing, r.released, r.ended, r.createdAt],
      );
    },

    async setRoomPacing(code, pacing, released, ended) {
      await pool.query('UPDATE rooms SET pacing = $1, released = $2, ended = $3 WHERE code = $4', [
        pacing,
        released,
        ended,
        code,
      ]);
    },

    async addParticipant(p) {
      try {
        const res = await pool.query<{ id: string }>(
          'INSERT INTO participants (room, token, nickname, joined_at) VALUES ($1, $2, $3, $4) RETURNING id',
          [p.room, p.token, p.nickname, p.joinedAt],
        );
        return { ...p, id: Number(res.rows[0]?.id) };
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'participants_nickname')
          throw new NicknameTaken(p.nickname);
        throw e;
      }
    },

    async appendCommands(participant, from, commands) {
      // One statement, all or nothing: it inserts only when `from` is exactly the next number
      // (no gap), and the primary key refuses a number another process took first.
      let inserted: number;
      try {
        const res = await pool.query(
          `INSERT INTO commands (participant, seq, body)
           SELECT $1, $2 + i - 1, b FROM unnest($3::text[]) WITH ORDINALITY AS t(b, i)
           WHERE (SELECT coalesce(max(seq) + 1, 0) FROM commands WHERE participant = $1) = $2`,
          [participant, from, commands.map((c) => JSON.stringify(c))],
        );
        inserted = res.rowCount ?? 0;
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'commands_pkey')
          throw new SequenceConflict(participant);
        throw e;
      }
      if (inserted !== commands.length) throw new SequenceConflict(participant);
    },

    async close() {
      await pool.end();
    },
  };
}
