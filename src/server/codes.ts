// Secrets and codes the room server hands out: room codes people read off a projector,
// personal codes they type on another device, and trainer keys. From the crypto generator.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, PERSONAL_CODE_LENGTH, ROOM_CODE_LENGTH } from '../room/protocol';

function randomCode(length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const newRoomCode = () => randomCode(ROOM_CODE_LENGTH, CODE_ALPHABET);
export const newPersonalCode = () => randomCode(PERSONAL_CODE_LENGTH, CODE_ALPHABET);
export const newTrainerKey = () =>
  randomCode(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

/** A fresh seed for a room whose trainer did not choose one: a word people can say aloud. */
export const newSeed = () => `room-${randomCode(6, 'abcdefghjkmnpqrstuvwxyz23456789')}`;

/** Compares secrets in constant time. */
export function sameSecret(given: unknown, real: string): boolean {
  if (typeof given !== 'string' || given.length !== real.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(real));
}
