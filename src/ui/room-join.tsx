// Joining a workshop room on the title screen: with a room code from the link (or typed),
// a nickname joins; one who joined before continues with their personal code. Every refusal
// is said in words, beside the field it concerns; nothing is lost by a failed try.
// Preact components (RoomJoinCard, RoomCodeRow) that the title screen renders in its own tree,
// so they are unmounted with it.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Key } from '../i18n';
import { continueRoom, findRoom, joinRoom } from '../room/browser';
import { isPersonalCode, isRoomCode, normalizeCode } from '../room/protocol';
import type { T } from './context';
import { useUi } from './ui-context';

const ERROR_KEY: Record<string, Key> = {
  offline: 'room.error.offline',
  'no-room': 'room.error.noRoom',
  'bad-nickname': 'room.error.badNickname',
  'room-ended': 'room.error.ended',
  'too-many': 'room.error.full',
  'no-participant': 'room.error.badCode',
};

/** The words for a refusal: a taken nickname has its own, the rest by error code. */
function refusal(t: T, error: string, message: string): string {
  if (error === 'bad-nickname' && /taken/.test(message)) return t('room.error.taken');
  return t(ERROR_KEY[error] ?? 'room.error.offline');
}

/** The card for a room code: nickname to join, or personal code to continue. */
export function RoomJoinCard({ code }: { code: string }) {
  const { t } = useUi();
  const join = async (nickname: string) => {
    const res = await joinRoom(code, nickname);
    return res.ok ? null : refusal(t, res.error, res.message);
  };
  const resume = async (typed: string) => {
    const token = normalizeCode(typed);
    if (!isPersonalCode(token)) return t('room.error.codeShape');
    const res = await continueRoom(code, token);
    return res.ok ? null : refusal(t, res.error, res.message);
  };
  return (
    <section class="room-join" aria-labelledby="room-join-title">
      <h2 id="room-join-title">{t('room.join.title', { code })}</h2>
      <p>{t('room.join.intro')}</p>
      <JoinForm
        field={{ id: 'room-nickname', label: t('room.join.nickname'), hint: t('room.join.nicknameHint') }}
        maxLength={24}
        submit={t('room.join.join')}
        primary
        busy={t('room.join.joining')}
        run={join}
        focusFirst
      />
      <details class="room-join-again">
        <summary>{t('room.join.haveCode')}</summary>
        <JoinForm
          field={{ id: 'room-personal', label: t('room.join.personalCode') }}
          maxLength={12}
          capitals
          submit={t('room.join.continue')}
          busy={t('room.join.checking')}
          run={resume}
        />
      </details>
    </section>
  );
}

/** "Join a workshop room": a typed room code, checked with the server, opens the card. */
export function RoomCodeRow() {
  const { t, store } = useUi();
  const find = async (typed: string) => {
    const code = normalizeCode(typed);
    if (!isRoomCode(code)) return t('room.error.codeShape');
    const res = await findRoom(code);
    if (!res.ok) return refusal(t, res.error, res.message);
    if (res.value.ended) return t('room.error.ended');
    store.getState().setRoomInvite(code);
    return null;
  };
  return (
    <details class="title-room">
      <summary>{t('room.join.codeTitle')}</summary>
      <JoinForm
        field={{ id: 'room-code', label: t('room.join.roomCode') }}
        maxLength={8}
        capitals
        submit={t('room.join.find')}
        busy={t('room.join.checking')}
        run={find}
      />
    </details>
  );
}

interface JoinFormProps {
  field: { id: string; label: string; hint?: string };
  maxLength: number;
  /** Codes are typed in capitals. */
  capitals?: boolean;
  /** The submit button's words, and its words while the request runs. */
  submit: string;
  busy: string;
  primary?: boolean;
  /** The request for what was typed: null when it went through, else the refusal in words. */
  run(typed: string): Promise<string | null>;
  /** Focus the field as the form appears. */
  focusFirst?: boolean;
}

/** What the last try said: nothing yet (undefined), went through (null) or a refusal. */
interface Tried {
  problem: string | null | undefined;
}

/** A form that runs one request at a time and shows its refusal under its field. */
function JoinForm(props: JoinFormProps) {
  const input = useRef<HTMLInputElement>(null);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState<Tried>({ problem: undefined });
  useLayoutEffect(() => {
    if (props.focusFirst) queueMicrotask(() => input.current?.focus());
  }, []);
  // After a refusal, back to the field it concerns (once its words are in place).
  useLayoutEffect(() => {
    if (tried.problem) input.current?.focus();
  }, [tried]);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (running.current) return;
    running.current = true;
    setBusy(true);
    const problem = await props.run(input.current?.value ?? '');
    running.current = false;
    setBusy(false);
    setTried({ problem });
  };
  return (
    <form class="join-form" noValidate onSubmit={onSubmit}>
      <JoinField {...props} problem={tried.problem}>
        <input
          id={props.field.id}
          class="text-input"
          type="text"
          autocomplete="off"
          maxLength={props.maxLength}
          autocapitalize={props.capitals ? 'characters' : undefined}
          aria-describedby={`${props.field.id}-error${props.field.hint ? ` ${props.field.id}-hint` : ''}`}
          aria-invalid={tried.problem === undefined ? undefined : tried.problem !== null}
          ref={input}
        />
      </JoinField>
      <button class={props.primary ? 'btn btn-primary' : 'btn'} type="submit" disabled={busy}>
        {busy ? props.busy : props.submit}
      </button>
    </form>
  );
}

interface JoinFieldProps {
  field: JoinFormProps['field'];
  problem: string | null | undefined;
  /** The input itself. */
  children: ComponentChildren;
}

/** The field's label, its hint, the input and the place for its refusal. */
function JoinField({ field, problem, children }: JoinFieldProps) {
  return (
    <div class="join-field">
      <label class="input-label" for={field.id}>
        {field.label}
      </label>
      {field.hint ? (
        <p class="hint" id={`${field.id}-hint`}>
          {field.hint}
        </p>
      ) : null}
      {children}
      <p class="field-error" id={`${field.id}-error`} role="alert">
        {problem ?? ''}
      </p>
    </div>
  );
}
