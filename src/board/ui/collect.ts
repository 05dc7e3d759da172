// Gathering runs for the board: result codes picked out of pasted text (each verified by
// replay, named by what stands before them on their line) and a room's runs fetched with the trainer key (verified the same way).
import { findNamedCodes } from '../../codes/find';
import { type CodeProblem, verifyDecoded, verifyResultCode } from '../../codes/result-code';
import { API, type RoomRun, TRAINER_HEADER } from '../../room/protocol';
import type { BoardRun } from '../model';

export interface Refused {
  code: string;
  problem: CodeProblem;
}

/** Verifies every code in the text; new runs, refused codes and how many were already known. */
export async function collectCodes(text: string, known: Set<string>) {
  const runs: BoardRun[] = [];
  const refused: Refused[] = [];
  let repeats = 0;
  for (const { code, name } of findNamedCodes(text)) {
    const v = await verifyResultCode(code);
    if (!v.ok) refused.push({ code, problem: v.problem });
    else if (known.has(v.replay.hash ?? code)) repeats++;
    else {
      known.add(v.replay.hash ?? code);
      runs.push({ id: code, label: name, source: 'code', game: v.game, code });
    }
  }
  return { runs, refused, repeats };
}

export type RoomAnswer =
  | { ok: true; runs: BoardRun[]; refused: Refused[] }
  | { ok: false; why: 'noServer' | 'badKey' | 'noRoom' | 'failed'; status: number };

/** The room's runs (GET runs with the trainer key), each replayed and checked. */
export async function fetchRoom(room: string, key: string): Promise<RoomAnswer> {
  let res: Response;
  try {
    res = await fetch(API.runs(encodeURIComponent(room)), { headers: { [TRAINER_HEADER]: key } });
  } catch {
    return { ok: false, why: 'noServer', status: 0 };
  }
  if (res.status === 401 || res.status === 403) return { ok: false, why: 'badKey', status: res.status };
  if (res.status === 404) return { ok: false, why: 'noRoom', status: 404 };
  let body: unknown = null;
  try {
    body = res.ok ? await res.json() : null;
  } catch {
    body = null;
  }
  if (!res.ok || !Array.isArray(body))
    return { ok: false, why: res.ok ? 'failed' : 'failed', status: res.status };
  const runs: BoardRun[] = [];
  const refused: Refused[] = [];
  for (const r of body as RoomRun[]) {
    const v = r && typeof r === 'object' && r.replay ? verifyDecoded(r.replay) : null;
    if (v?.ok)
      runs.push({ id: `room:${r.id}`, label: String(r.nickname ?? ''), source: 'room', game: v.game });
    else
      refused.push({
        code: String(r?.nickname ?? r?.id ?? '?'),
        problem: v && !v.ok ? v.problem : 'unreadable',
      });
  }
  return { ok: true, runs, refused };
}
