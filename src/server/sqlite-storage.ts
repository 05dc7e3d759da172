// The embedded storage: one SQLite file (better-sqlite3) in WAL mode. A transaction that has
// committed survives `kill -9` of the process (WAL with synchronous=NORMAL loses nothing on a
// process crash; only a power cut can lose the last moments), so an acknowledged command is kept.
import Database from 'better-sqlite3';
import type { Command } from '../sim';
import { NicknameTaken, type RoomStorage, SequenceConflict, type StoredWorld } from './storage';
import { type ParticipantRowDb, type RoomRow, toParticipant, toRoom } from './storage-rows';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  code TEXT PRIMARY KEY,
  trainer_key TEXT NOT NULL,
  level TEXT NOT NULL,
  seed TEXT NOT NULL,
  pacing TEXT NOT NULL,
  released INTEGER NOT NULL,
  ended INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL REFERENCES rooms(code),
  token TEXT NOT NULL UNIQUE,
  nickname TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  UNIQUE (room, nickname)
);
CREATE TABLE IF NOT EXISTS commands (
  participant INTEGER NOT NULL REFERENCES participants(id),
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (participant, seq)
) WITHOUT ROWID;
`;

export function sqliteStorage(file: string): RoomStorage {
  const db = new Database(file);
  let insertCommand: Database.Statement | null = null;

  const append = (participant: number, from: number, commands: readonly Command[]) => {
    const stmt =
      insertCommand ?? db.prepare('INSERT INTO commands (participant, seq, body) VALUES (?, ?, ?)');
    insertCommand = stmt;
    db.transaction(() => {
      for (let i = 0; i < commands.length; i++) stmt.run(participant, from + i, JSON.stringify(commands[i]));
    })();
  };

  /** Rooms, participants and commands, of every room or of one. */
  const world = (code?: string): StoredWorld => {
    const where = code === undefined ? '' : ' WHERE code = ?';
    const args = code === undefined ? [] : [code];
    const rooms = (
      db.prepare(`SELECT * FROM rooms${where} ORDER BY created_at`).all(...args) as RoomRow[]
    ).map(toRoom);
    const participants = (
      db
        .prepare(`SELECT * FROM participants${code === undefined ? '' : ' WHERE room = ?'} ORDER BY id`)
        .all(...args) as ParticipantRowDb[]
    ).map(toParticipant);
    const commands = new Map<number, Command[]>();
    const rows = db
      .prepare(
        `SELECT c.participant, c.body FROM commands c${code === undefined ? '' : ' JOIN participants p ON p.id = c.participant WHERE p.room = ?'} ORDER BY c.participant, c.seq`,
      )
      .iterate(...args) as IterableIterator<{ participant: number; body: string }>;
    for (const row of rows) {
      let list = commands.get(row.participant);
      if (!list) commands.set(row.participant, (list = []));
      list.push(JSON.parse(row.body) as Command);
    }
    return { rooms, participants, commands };
  };

  return {
    shared: false,

    async open() {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION)
        throw new Error(`the database ${file} is from a newer room server (schema ${version})`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    },

    async loadAll() {
      return world();
    },

    async loadRoom(code) {
      const w = world(code);
      return w.rooms.length ? w : null;
    },

    async roomRow(code) {
      const r = db.prepare('SELECT * FROM rooms WHERE code = ?').get(code) as RoomRow | undefined;
      return r ? toRoom(r) : null;
    },

    async participantsOf(room) {
      return (
        db.prepare('SELECT * FROM participants WHERE room = ? ORDER BY id').all(room) as ParticipantRowDb[]
      ).map(toParticipant);
    },

    async seatSince(code, participant, from) {
      return { room: await this.roomRow(code), commands: await this.commandsFrom(participant, from) };
    },

    async commandsFrom(participant, from) {
      return (
        db
          .prepare('SELECT body FROM commands WHERE participant = ? AND seq >= ? ORDER BY seq')
          .all(participant, from) as { body: string }[]
      ).map((r) => JSON.parse(r.body) as Command);
    },

    async addRoom(r) {
      db.prepare(
        'INSERT INTO rooms (code, trainer_key, level, seed, pacing, released, ended, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(r.code, r.trainerKey, r.level, r.seed, r.pacing, r.released, r.ended ? 1 : 0, r.createdAt);
    },

    async setRoomPacing(code, pacing, released, ended) {
      db.prepare('UPDATE rooms SET pacing = ?, released = ?, ended = ? WHERE code = ?').run(
        pacing,
        released,
        ended ? 1 : 0,
        code,
      );
    },

    async addParticipant(p) {
      try {
        const info = db
          .prepare('INSERT INTO participants (room, token, nickname, joined_at) VALUES (?, ?, ?, ?)')
          .run(p.room, p.token, p.nickname, p.joinedAt);
        return { ...p, id: Number(info.lastInsertRowid) };
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(e).includes('nickname'))
          throw new NicknameTaken(p.nickname);
        throw e;
      }
    },

    async appendCommands(participant, from, commands) {
      try {
        append(participant, from, commands);
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
          throw new SequenceConflict(participant);
        throw e;
      }
    },

    async close() {
      db.close();
    },
  };
}
