// The workshop room's badge, over every screen while this device plays in a room: the room
// code, the nickname and whether the server is reached (and how much waits to be sent). It
// opens the room's details: the personal code and link for another device, and leaving.
// Preact components.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { leaveRoom, personalLink } from '../room/browser';
import { showPersonalCode } from '../room/protocol';
import type { RoomSeat } from '../store/session';
import type { Part, T, Ui } from './context';
import { elementRoot } from './element-root';
import { useUi } from './ui-context';

export function createRoomBadge(ui: Ui): Part {
  let shown = ui.store.getState().room;
  const root = elementRoot(ui, <RoomBadge room={shown} />);
  return {
    el: root.el,
    update(st) {
      if (st.room === shown) return;
      shown = st.room;
      root.render(<RoomBadge room={st.room} />);
    },
    destroy: root.unmount,
  };
}

/**
 * The badge, hidden while this device is in no room. After leaving, the last seat stays drawn
 * behind `hidden` (as the badge always did) and the details close.
 */
export function RoomBadge({ room }: { room: RoomSeat | null }) {
  const box = useRef<HTMLDetailsElement>(null);
  const last = useRef(room);
  if (room) last.current = room;
  const seat = last.current;
  useLayoutEffect(() => {
    if (!room && box.current) box.current.open = false;
  }, [room]);
  return (
    <details class="room-badge" hidden={room === null} data-link={seat?.link} ref={box}>
      {seat ? <BadgeSummary room={seat} /> : null}
      {seat ? <RoomDetails room={seat} /> : null}
    </details>
  );
}

function linkText(t: T, room: RoomSeat): string {
  if (room.link === 'online') return t('room.badge.online');
  if (room.link === 'connecting') return t('room.badge.connecting');
  return room.unsent > 0
    ? `${t('room.badge.offline')} · ${t('room.badge.unsent', { n: room.unsent })}`
    : t('room.badge.offline');
}

/** The line always shown: the room, the nickname and the link to the server. */
function BadgeSummary({ room }: { room: RoomSeat }) {
  const { t } = useUi();
  const name = room.me.nickname ? ` · ${room.me.nickname}` : '';
  return (
    <summary aria-label={t('room.badge.details')}>
      <span class="room-dot" aria-hidden="true" />
      <span class="room-name">{`${t('room.badge.room', { code: room.info.code })}${name}`}</span>
      <span class="room-link">{linkText(t, room)}</span>
    </summary>
  );
}

/** The personal code and link for another device, and leaving the room. */
function RoomDetails({ room }: { room: RoomSeat }) {
  const { t } = useUi();
  const link = personalLink(room.info.code, room.me.token);
  const input = useRef<HTMLInputElement>(null);
  // "Copied" is said for the seat as it was copied; any change of the seat clears it.
  const [copiedFor, setCopiedFor] = useState<RoomSeat | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopiedFor(room);
    } catch {
      input.current?.select();
    }
  };
  return (
    <div class="room-details">
      <p class="input-label">{t('room.badge.yourCode')}</p>
      <p class="room-personal-code">{showPersonalCode(room.me.token)}</p>
      <p class="hint">{t('room.badge.codeHelp')}</p>
      <input
        class="room-link-out"
        readOnly
        defaultValue={link}
        aria-label={t('room.badge.copyLink')}
        ref={input}
      />
      <div class="chips-row">
        <button class="btn" type="button" onClick={copy}>
          {t('room.badge.copyLink')}
        </button>
        <span class="room-copied" role="status">
          {copiedFor === room ? t('room.badge.copied') : null}
        </span>
      </div>
      <button class="btn btn-quiet" type="button" onClick={() => leaveRoom()}>
        {t('room.badge.leave')}
      </button>
      <p class="hint">{t('room.badge.leaveHelp')}</p>
    </div>
  );
}
