// Joining a workshop room on the title screen: with a room code from the link (or typed),
// a nickname joins; one who joined before continues with their personal code. Every refusal
// is said in words, beside the field it concerns; nothing is lost by a failed try.

import type { Key } from '../i18n';
import { continueRoom, findRoom, joinRoom } from '../room/browser';
import { isPersonalCode, isRoomCode, normalizeCode } from '../room/protocol';
import type { Ui } from './context';
import { fill, h } from './dom';

const ERROR_KEY: Record<string, Key> = {
  offline: 'room.error.offline',
  'no-room': 'room.error.noRoom',
  'bad-nickname': 'room.error.badNickname',
  'room-ended': 'room.error.ended',
  'too-many': 'room.error.full',
  'no-participant': 'room.error.badCode',
};

/** The words for a refusal: a taken nickname has its own, the rest by error code. */
function refusal(ui: Ui, error: string, message: string): string {
  if (error === 'bad-nickname' && /taken/.test(message)) return ui.t('room.error.taken');
  return ui.t(ERROR_KEY[error] ?? 'room.error.offline');
}

function textField(id: string, label: string, hint: string | null, attrs: Record<string, string | number>) {
  const input = h('input', {
    id,
    class: 'text-input',
    type: 'text',
    autocomplete: 'off',
    ...attrs,
  }) as HTMLInputElement;
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  input.setAttribute('aria-describedby', `${id}-error${hint ? ` ${id}-hint` : ''}`);
  return {
    input,
    error,
    el: h(
      'div',
      { class: 'join-field' },
      h('label', { class: 'input-label', for: id }, label),
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      input,
      error,
    ),
  };
}

/** A form that runs one request at a time and shows its refusal under its field. */
function form(
  field: ReturnType<typeof textField>,
  button: HTMLButtonElement,
  busyText: string,
  run: () => Promise<string | null>,
) {
  const label = button.textContent ?? '';
  return h(
    'form',
    {
      class: 'join-form',
      novalidate: true,
      onSubmit: async (e: Event) => {
        e.preventDefault();
        if (button.disabled) return;
        button.disabled = true;
        button.textContent = busyText;
        const problem = await run();
        button.disabled = false;
        button.textContent = label;
        fill(field.error, problem ?? '');
        field.input.setAttribute('aria-invalid', String(problem !== null));
        if (problem) field.input.focus();
      },
    },
    field.el,
    button,
  );
}

/** The card for a room code: nickname to join, or personal code to continue. */
export function roomJoinCard(ui: Ui, code: string): HTMLElement {
  const { t } = ui;
  const nick = textField('room-nickname', t('room.join.nickname'), t('room.join.nicknameHint'), {
    maxlength: 24,
  });
  const mine = textField('room-personal', t('room.join.personalCode'), null, {
    maxlength: 12,
    autocapitalize: 'characters',
  });
  const joinBtn = h(
    'button',
    { class: 'btn btn-primary', type: 'submit' },
    t('room.join.join'),
  ) as HTMLButtonElement;
  const contBtn = h('button', { class: 'btn', type: 'submit' }, t('room.join.continue')) as HTMLButtonElement;
  const join = form(nick, joinBtn, t('room.join.joining'), async () => {
    const res = await joinRoom(code, nick.input.value);
    return res.ok ? null : refusal(ui, res.error, res.message);
  });
  const cont = form(mine, contBtn, t('room.join.checking'), async () => {
    const token = normalizeCode(mine.input.value);
    if (!isPersonalCode(token)) return t('room.error.codeShape');
    const res = await continueRoom(code, token);
    return res.ok ? null : refusal(ui, res.error, res.message);
  });
  queueMicrotask(() => nick.input.focus());
  return h(
    'section',
    { class: 'room-join', 'aria-labelledby': 'room-join-title' },
    h('h2', { id: 'room-join-title' }, t('room.join.title', { code })),
    h('p', null, t('room.join.intro')),
    join,
    h('details', { class: 'room-join-again' }, h('summary', null, t('room.join.haveCode')), cont),
  );
}

/** "Join a workshop room": a typed room code, checked with the server, opens the card. */
export function roomCodeRow(ui: Ui): HTMLElement {
  const { t, store } = ui;
  const field = textField('room-code', t('room.join.roomCode'), null, {
    maxlength: 8,
    autocapitalize: 'characters',
  });
  const button = h('button', { class: 'btn', type: 'submit' }, t('room.join.find')) as HTMLButtonElement;
  const f = form(field, button, t('room.join.checking'), async () => {
    const code = normalizeCode(field.input.value);
    if (!isRoomCode(code)) return t('room.error.codeShape');
    const res = await findRoom(code);
    if (!res.ok) return refusal(ui, res.error, res.message);
    if (res.value.ended) return t('room.error.ended');
    store.getState().setRoomInvite(code);
    return null;
  });
  return h('details', { class: 'title-room' }, h('summary', null, t('room.join.codeTitle')), f);
}
