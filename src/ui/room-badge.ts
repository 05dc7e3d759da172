// The workshop room's badge, over every screen while this device plays in a room: the room
// code, the nickname and whether the server is reached (and how much waits to be sent). It
// opens the room's details: the personal code and link for another device, and leaving.
import { leaveRoom, personalLink } from '../room/browser';
import { showPersonalCode } from '../room/protocol';
import type { RoomSeat, SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';

function linkText(ui: Ui, room: RoomSeat): string {
  if (room.link === 'online') return ui.t('room.badge.online');
  if (room.link === 'connecting') return ui.t('room.badge.connecting');
  return room.unsent > 0
    ? `${ui.t('room.badge.offline')} · ${ui.t('room.badge.unsent', { n: room.unsent })}`
    : ui.t('room.badge.offline');
}

function details(ui: Ui, room: RoomSeat): HTMLElement {
  const { t } = ui;
  const link = personalLink(room.info.code, room.me.token);
  const status = h('span', { class: 'room-copied', role: 'status' });
  return h(
    'div',
    { class: 'room-details' },
    h('p', { class: 'input-label' }, t('room.badge.yourCode')),
    h('p', { class: 'room-personal-code' }, showPersonalCode(room.me.token)),
    h('p', { class: 'hint' }, t('room.badge.codeHelp')),
    h('input', {
      class: 'room-link-out',
      readonly: true,
      value: link,
      'aria-label': t('room.badge.copyLink'),
    }),
    h(
      'div',
      { class: 'chips-row' },
      h(
        'button',
        {
          class: 'btn',
          type: 'button',
          onClick: async () => {
            try {
              await navigator.clipboard.writeText(link);
              fill(status, t('room.badge.copied'));
            } catch {
              (document.querySelector('.room-link-out') as HTMLInputElement | null)?.select();
            }
          },
        },
        t('room.badge.copyLink'),
      ),
      status,
    ),
    h(
      'button',
      { class: 'btn btn-quiet', type: 'button', onClick: () => leaveRoom() },
      t('room.badge.leave'),
    ),
    h('p', { class: 'hint' }, t('room.badge.leaveHelp')),
  );
}

export function createRoomBadge(ui: Ui): Part {
  const { t } = ui;
  const el = h('details', { class: 'room-badge', hidden: true });
  let shown: RoomSeat | null = null;
  const render = (room: RoomSeat | null) => {
    shown = room;
    el.hidden = room === null;
    if (!room) return;
    el.dataset.link = room.link;
    const name = room.me.nickname ? ` · ${room.me.nickname}` : '';
    fill(
      el,
      h(
        'summary',
        { 'aria-label': t('room.badge.details') },
        h('span', { class: 'room-dot', 'aria-hidden': 'true' }),
        h('span', { class: 'room-name' }, `${t('room.badge.room', { code: room.info.code })}${name}`),
        h('span', { class: 'room-link' }, linkText(ui, room)),
      ),
      details(ui, room),
    );
  };
  render(ui.store.getState().room);
  return {
    el,
    update(st: SessionState) {
      if (st.room !== shown) {
        const open = (el as HTMLDetailsElement).open;
        render(st.room);
        (el as HTMLDetailsElement).open = open && st.room !== null;
      }
    },
  };
}
