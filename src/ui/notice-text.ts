// The words for the store's notices (save problems, URL problems, a bad level, a welcome back):
// kind, clear and naming the value that was wrong. Never a stack trace.

import type { Notice, RoomEvent } from '../store/session';
import { BOT_NAMES } from '../view';
import type { T } from './context';

export function noticeText(t: T, n: Notice): string {
  switch (n.kind) {
    case 'save-corrupt':
      return t('notice.saveCorrupt');
    case 'save-outdated':
      return t('notice.saveOutdated');
    case 'save-newer':
      return t('notice.saveNewer');
    case 'save-failed':
      return t('notice.saveFailed');
    case 'save-unknown-level':
      return t('notice.saveUnknownLevel', { level: n.detail });
    case 'resumed':
      return t('notice.resumed');
    case 'level-invalid':
      return t('notice.levelInvalid', { level: n.level });
    case 'level-reloaded': {
      const key = {
        phase: 'notice.levelReloadedPhase',
        season: 'notice.levelReloadedSeason',
        start: 'notice.levelReloadedStart',
      } as const;
      return t(key[n.at], { file: n.file, season: n.season });
    }
    case 'link-level-broken':
      return t('notice.linkLevelBroken', { detail: n.detail });
    case 'room':
      return roomNoticeText(t, n.event, n.detail ?? '');
    case 'weeks-stopped':
      return t(`notice.weeksStopped.${n.reason}`);
    case 'url': {
      const p = n.problem;
      switch (p.kind) {
        case 'unknown-param':
          return t('notice.unknownParam', { name: p.name });
        case 'bad-level':
          return t('notice.badLevel', { value: p.value });
        case 'bad-seed':
          return t('notice.badSeed', { value: p.value });
        case 'bad-bot':
          return t('notice.badBot', { value: p.value, bots: BOT_NAMES.join(', ') });
        case 'bad-speed':
          return t('notice.badSpeed', { value: p.value });
        case 'bad-lang':
          return t('notice.badLang', { value: p.value });
        case 'bot-needs-level':
          return t('notice.botNeedsLevel');
        case 'bad-room':
          return t('notice.badRoom', { value: p.value });
        case 'bad-personal-code':
          return t('notice.badPersonalCode', { value: p.value });
      }
    }
  }
}

function roomNoticeText(t: T, event: RoomEvent, detail: string): string {
  switch (event) {
    case 'joined':
      return t('room.notice.joined');
    case 'back':
      return t('room.notice.back');
    case 'ended':
      return t('room.notice.ended');
    case 'server-copy':
      return t('room.notice.serverCopy');
    case 'refused':
      return t('room.notice.refused', { detail });
    case 'gone':
      return t('room.notice.gone', { detail });
  }
}

/** Problems deserve attention (role=alert); a welcome back is just a status. */
export function noticeIsProblem(n: Notice): boolean {
  if (n.kind === 'room') return n.event === 'refused' || n.event === 'gone' || n.event === 'server-copy';
  return n.kind !== 'resumed' && n.kind !== 'level-reloaded';
}
