// The rooms this browser created, remembered so that a closed tab is not a lost room: code,
// trainer key, level and when. A damaged list is read as empty, never as an error.
import type { KeyValueStorage } from '../store/storage';

export const RECENT_KEY = 'the-listening-booth/trainer-rooms';

export interface RecentRoom {
  code: string;
  key: string;
  level: string;
  created: number;
}

const isRecent = (r: unknown): r is RecentRoom => {
  const x = r as Partial<RecentRoom> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.code === 'string' &&
    typeof x.key === 'string' &&
    typeof x.level === 'string' &&
    typeof x.created === 'number'
  );
};

export function readRecent(storage: KeyValueStorage): RecentRoom[] {
  try {
    const list = JSON.parse(storage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter(isRecent).slice(0, 10) : [];
  } catch {
    return [];
  }
}

export function remember(storage: KeyValueStorage, room: RecentRoom): void {
  const list = [room, ...readRecent(storage).filter((r) => r.code !== room.code)].slice(0, 10);
  try {
    storage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Without storage the trainer's link is the only copy; the page says to keep it.
  }
}
