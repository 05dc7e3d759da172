// A room as its trainer runs it: the live monitor (who is connected, where each one is, their
// revenue, profit and CEO patience), the hold and release of seasons, the end of the session,
// the moments of this seed worth stopping for, and the projector view with the QR code to join.
import { qrSvg } from '../codes/qr';
import { money } from '../i18n/format';
import { loadShippedLevel } from '../levels/registry';
import type { ParticipantRow, RoomInfo } from '../room/protocol';
import type { Lang } from '../store/settings';
import type { T } from '../ui/context';
import { fill, h } from '../ui/dom';
import { endRoom, liveRoom, monitor, pauseRoom, release } from './api';
import { momentsOf } from './moments';

interface View {
  room: RoomInfo | null;
  rows: Map<number, ParticipantRow>;
  online: boolean;
  projector: boolean;
}

const joinUrl = (code: string) =>
  `${location.origin}${location.pathname.replace(/room\.html$/, '')}?room=${code}`;

/** Whether holding the room would still stop someone: a season start lies ahead of them. */
function canPause(rows: ParticipantRow[], r: RoomInfo): boolean {
  return (
    rows.length === 0 || rows.some((x) => x.phase !== 'ended' && (x.season < r.seasons || x.phase === 'plan'))
  );
}

function where(t: T, r: ParticipantRow): string {
  if (r.phase === 'ended') return t('trainer.phase.ended');
  const season = t('common.seasonShort', { n: r.season });
  if (r.phase === 'fair') return `${season} · ${t('trainer.phase.fair', { n: r.day })}`;
  if (r.phase === 'after') return `${season} · ${t('trainer.phase.week', { n: r.week })}`;
  return `${season} · ${t(r.phase === 'plan' ? 'trainer.phase.plan' : 'trainer.phase.review')}`;
}

function rowEl(t: T, lang: Lang, r: ParticipantRow): HTMLElement {
  const patience = h('meter', {
    min: 0,
    max: 100,
    value: r.patience,
    'aria-label': t('trainer.monitor.patience'),
  });
  return h(
    'tr',
    { 'data-id': r.id },
    h(
      'td',
      null,
      h('span', {
        class: r.connected ? 'dot dot-on' : 'dot',
        'aria-label': t(r.connected ? 'trainer.monitor.on' : 'trainer.monitor.off'),
      }),
      r.nickname,
    ),
    h('td', null, where(t, r)),
    h('td', { class: 'num' }, money(r.revenue, lang)),
    h('td', { class: 'num' }, money(r.profit, lang)),
    h(
      'td',
      null,
      patience,
      r.fired ? h('strong', { class: 'fired' }, ` ${t('trainer.monitor.fired')}`) : null,
    ),
  );
}

function momentsEl(t: T, lang: Lang, info: RoomInfo): HTMLElement {
  const res = loadShippedLevel(info.level);
  if (!res?.ok) return h('p', null, '');
  const level = res.level;
  return h(
    'ul',
    { class: 'trainer-moments' },
    momentsOf(level, info.seed).map((m) => {
      const when = `${t('common.seasonShort', { n: m.season })}, ${m.week === 0 ? t('trainer.moments.atFair') : t('trainer.phase.week', { n: m.week })}`;
      const name = level.competitors[m.competitor]?.name[lang] ?? '';
      const style = t(m.bot === 'pusher' ? 'trainer.moments.withPusher' : 'trainer.moments.withListener');
      const what =
        m.kind === 'layoff' ? t('trainer.moments.layoff', { name, n: m.people }) : t('trainer.moments.fired');
      return h('li', null, h('strong', null, when), `: ${what} — ${style}`);
    }),
  );
}

export function roomView(t: T, lang: Lang, code: string, key: string): { el: HTMLElement; stop(): void } {
  const v: View = { room: null, rows: new Map(), online: false, projector: false };
  const status = h('p', { class: 'trainer-status', role: 'status' });
  const body = h('tbody');
  const controls = h('div', { class: 'trainer-controls' });
  const moments = h('section', { class: 'trainer-moments-box' });
  const projector = h('section', { class: 'projector', hidden: true });
  const monitorBox = h('section', { class: 'monitor' });
  const dialog = h('dialog', { class: 'trainer-dialog' }) as HTMLDialogElement;
  const error = h('p', { class: 'form-error', role: 'alert' });

  const renderControls = () => {
    const r = v.room;
    if (!r) return;
    const waiting = [...v.rows.values()].filter((x) => x.phase === 'plan' && x.season > r.released).length;
    const next = r.released + 1;
    fill(
      controls,
      r.ended ? h('p', { class: 'trainer-ended' }, t('trainer.monitor.ended')) : null,
      next <= r.seasons && !r.ended
        ? [
            h(
              'button',
              {
                class: 'btn btn-primary',
                type: 'button',
                'data-release': '',
                onClick: () => doRelease(next),
              },
              t('trainer.monitor.release', { n: next, waiting }),
            ),
            next < r.seasons
              ? h(
                  'button',
                  {
                    class: 'btn',
                    type: 'button',
                    'data-release-all': '',
                    onClick: () => doRelease(r.seasons),
                  },
                  t('trainer.monitor.releaseAll'),
                )
              : null,
          ]
        : null,
      next > r.seasons && !r.ended && canPause([...v.rows.values()], r)
        ? h(
            'button',
            { class: 'btn', type: 'button', 'data-pause': '', onClick: () => void doPause() },
            t('trainer.monitor.pause'),
          )
        : null,
      r.pacing === 'hold' && !r.ended
        ? h('p', { class: 'hint' }, t('trainer.monitor.released', { n: r.released, total: r.seasons }))
        : null,
      !r.ended
        ? h(
            'button',
            { class: 'btn', type: 'button', onClick: () => dialog.showModal() },
            t('trainer.monitor.end'),
          )
        : null,
      h(
        'a',
        { class: 'btn', href: `board.html#room=${code}&key=${key}`, target: '_blank', rel: 'noopener' },
        t('trainer.monitor.board'),
      ),
      h(
        'button',
        { class: 'btn projector-toggle', type: 'button', onClick: () => toggleProjector() },
        t(v.projector ? 'trainer.monitor.toMonitor' : 'trainer.monitor.toProjector'),
      ),
    );
  };
  const renderRows = () => {
    const rows = [...v.rows.values()].sort((a, b) => a.nickname.localeCompare(b.nickname, lang));
    fill(
      body,
      rows.map((r) => rowEl(t, lang, r)),
    );
    const count = projector.querySelector('.projector-count');
    if (count) count.textContent = t('trainer.projector.joined', { n: rows.length });
  };
  const renderStatus = () =>
    fill(
      status,
      t(v.online ? 'trainer.monitor.live' : 'trainer.monitor.reconnecting'),
      ` · ${t('trainer.monitor.count', { n: v.rows.size })}`,
    );
  const renderProjector = () => {
    const url = joinUrl(code);
    fill(
      projector,
      h('div', { class: 'projector-qr' }, qrSvg(url, document)),
      h(
        'div',
        { class: 'projector-words' },
        h('p', { class: 'projector-lead' }, t('trainer.projector.lead')),
        h('p', { class: 'projector-code' }, code),
        h('p', { class: 'projector-url' }, url),
        h('p', { class: 'projector-count' }, t('trainer.projector.joined', { n: v.rows.size })),
      ),
    );
  };
  const toggleProjector = () => {
    v.projector = !v.projector;
    projector.hidden = !v.projector;
    monitorBox.hidden = v.projector;
    // The projector shows only the way in, as large as the screen allows.
    document.body.classList.toggle('projecting', v.projector);
    renderControls();
  };
  const doPause = async () => {
    const res = await pauseRoom(code, key);
    fill(error, res.ok ? '' : t('trainer.error.offline'));
    if (res.ok) setRoom(res.value);
  };
  const doRelease = async (season: number) => {
    const res = await release(code, key, season);
    fill(error, res.ok ? '' : t('trainer.error.offline'));
    if (res.ok) setRoom(res.value);
  };
  const setRoom = (room: RoomInfo) => {
    const first = v.room === null;
    v.room = room;
    renderControls();
    if (first) {
      fill(
        moments,
        h('h2', null, t('trainer.moments.title')),
        h('p', { class: 'hint' }, t('trainer.moments.intro')),
        momentsEl(t, lang, room),
      );
      renderProjector();
    }
  };

  fill(
    dialog,
    h('p', null, t('trainer.monitor.endConfirm')),
    h(
      'div',
      { class: 'chips-row' },
      h(
        'button',
        {
          class: 'btn btn-primary',
          type: 'button',
          onClick: async () => {
            dialog.close();
            const res = await endRoom(code, key);
            if (res.ok) setRoom(res.value);
            else fill(error, t('trainer.error.offline'));
          },
        },
        t('trainer.monitor.endYes'),
      ),
      h('button', { class: 'btn', type: 'button', onClick: () => dialog.close() }, t('common.cancel')),
    ),
  );
  fill(
    monitorBox,
    h(
      'table',
      { class: 'trainer-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...['name', 'where', 'revenue', 'profit', 'patience'].map((k) =>
            h('th', { scope: 'col' }, t(`trainer.monitor.col.${k}` as Parameters<T>[0])),
          ),
        ),
      ),
      body,
    ),
    moments,
  );
  const trainerLink = `${location.origin}${location.pathname}#code=${code}&key=${key}`;
  const el = h(
    'main',
    { class: 'trainer-page trainer-room' },
    h('header', { class: 'trainer-head' }, h('h1', null, t('trainer.room.title', { code })), status),
    h(
      'details',
      { class: 'trainer-link' },
      h('summary', null, t('trainer.room.yourLink')),
      h('p', { class: 'hint' }, t('trainer.room.linkWarning')),
      h('input', {
        class: 'room-link-out',
        readonly: true,
        value: trainerLink,
        'aria-label': t('trainer.room.yourLink'),
      }),
    ),
    controls,
    error,
    monitorBox,
    projector,
    dialog,
  );

  void monitor(code, key).then((res) => {
    if (!res.ok)
      return void fill(
        error,
        t(
          res.error === 'bad-key'
            ? 'trainer.error.key'
            : res.error === 'no-room'
              ? 'trainer.error.room'
              : 'trainer.error.offline',
        ),
      );
    setRoom(res.value.room);
    for (const r of res.value.rows) v.rows.set(r.id, r);
    renderRows();
    renderStatus();
  });
  const stop = liveRoom(code, key, {
    link(up) {
      v.online = up;
      renderStatus();
    },
    message(m) {
      if (m.t === 'room') setRoom(m.room);
      else if (m.t === 'roster') {
        v.rows = new Map(m.rows.map((r) => [r.id, r]));
        renderRows();
      } else v.rows.set(m.row.id, m.row);
      if (m.t === 'row') renderRows();
      renderControls();
      renderStatus();
    },
  });
  return { el, stop };
}
