// The PostgreSQL schema as numbered migrations: migration n takes the database from version n-1
// to n. Never edit one that has shipped; add the next. Applied at start by pg-storage.ts.
export const MIGRATIONS: readonly string[] = [
  // 1: rooms, their participants (a nickname once per room, in any letter case), and every
  // accepted command, numbered per participant (as the JSON text it came in: jsonb would
  // reorder the keys).
  `
  CREATE TABLE rooms (
    code text PRIMARY KEY,
    trainer_key text NOT NULL,
    level text NOT NULL,
    seed text NOT NULL,
    pacing text NOT NULL,
    released integer NOT NULL,
    ended boolean NOT NULL DEFAULT false,
    created_at bigint NOT NULL
  );
  CREATE TABLE participants (
    id bigserial PRIMARY KEY,
    room text NOT NULL REFERENCES rooms(code),
    token text NOT NULL UNIQUE,
    nickname text NOT NULL,
    joined_at bigint NOT NULL
  );
  CREATE UNIQUE INDEX participants_nickname ON participants (room, lower(nickname));
  CREATE TABLE commands (
    participant bigint NOT NULL REFERENCES participants(id),
    seq integer NOT NULL,
    body text NOT NULL,
    CONSTRAINT commands_pkey PRIMARY KEY (participant, seq)
  );
  `,
];
