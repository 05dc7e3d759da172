// The debrief board's page: paste or add codes, fetch a room's runs, and show the board
// (lines with ghosts, spread, scatter, room facts, runs with their menus); names hidden by
// default (a pasted run's name can be typed in); EN|NL; CSV export; print the room or one run.
import { encodeResultCode } from '../../codes/result-code';
import { money, percent } from '../../i18n/format';
import { toReplay } from '../../sim';
import type { Lang } from '../../store/settings';
import { fill, h } from '../../ui/dom';
import { boardCsv } from '../csv';
import { type BoardModel, type BoardRun, buildBoard, type RunLine } from '../model';
import { linesChart, scatter, spreadTable } from './charts';
import { collectCodes, fetchRoom, type Refused } from './collect';
import { startLang, type T, translator } from './lang';
import { createScanner, type Scanner } from './scan';
import { seasonLines } from './season-lines';

interface BoardState {
  lang: Lang;
  names: boolean;
  runs: BoardRun[];
  refused: Refused[];
  known: Set<string>;
  status: string;
  printRun: number | null;
}

export function mountBoard(root: HTMLElement): void {
  const st: BoardState = {
    lang: startLang(),
    names: false,
    runs: [],
    refused: [],
    known: new Set(),
    status: '',
    printRun: null,
  };
  let scanner: Scanner | null = null;
  const render = () => {
    const t = translator(st.lang);
    document.documentElement.lang = st.lang;
    document.title = t('board.title');
    scanner ??= createScanner(addText, t);
    scanner.relabel(t);
    // The scanner's element (and its running camera) survives every render.
    fill(root, view(st, t, actions, scanner));
  };
  const addText = async (text: string) => {
    const r = await collectCodes(text, st.known);
    st.runs.push(...r.runs);
    st.refused.push(...r.refused);
    st.status = translator(st.lang)('board.added', { n: r.runs.length, r: r.refused.length, d: r.repeats });
    render();
  };
  const params = new URLSearchParams(location.hash.slice(1));
  const room = params.get('room');
  const key = params.get('key') ?? '';
  const loadRoom = async () => {
    if (!room) return;
    const t = translator(st.lang);
    st.status = t('board.room.loading');
    render();
    const a = await fetchRoom(room, key);
    if (!a.ok) st.status = t(`board.room.${a.why}`, { status: a.status });
    else {
      st.runs = [...st.runs.filter((r) => r.source !== 'room'), ...a.runs];
      st.refused.push(...a.refused);
      st.status = t('board.room.loaded', { n: a.runs.length, code: room });
    }
    render();
  };
  const actions: Actions = {
    addText,
    setLang: (l) => {
      st.lang = l;
      render();
    },
    toggleNames: () => {
      st.names = !st.names;
      render();
    },
    refresh: room ? loadRoom : null,
    rename: (run, name) => {
      run.label = name.replace(/\s+/g, ' ').trim().slice(0, 24) || null;
      render();
    },
    printRun: (n) => {
      st.printRun = n;
      document.body.classList.toggle('print-one', n !== null);
      render();
      if (n === null) return;
      // Back to the whole board once printing is done (some browsers return from print() at once).
      window.addEventListener('afterprint', () => actions.printRun(null), { once: true });
      window.print();
    },
  };
  render();
  void loadRoom();
}

interface Actions {
  addText(text: string): Promise<void>;
  setLang(l: Lang): void;
  toggleNames(): void;
  refresh: (() => Promise<void>) | null;
  printRun(n: number | null): void;
  rename(run: BoardRun, name: string): void;
}

function nameOf(st: BoardState, t: T) {
  return (l: RunLine) => (st.names && l.run.label ? l.run.label : t('board.participant', { n: l.n }));
}

function view(st: BoardState, t: T, a: Actions, scanner: Scanner): HTMLElement {
  const m = buildBoard(st.runs);
  const name = nameOf(st, t);
  const one = st.printRun === null ? null : (m.lines.find((l) => l.n === st.printRun) ?? null);
  return h(
    'main',
    { class: 'board' },
    header(st, t, a, m),
    inputPanel(st, t, a, scanner),
    m.lines.length === 0 ? h('p', { class: 'board-empty' }, t('board.empty')) : null,
    m.lines.length
      ? h('section', { class: 'board-block board-lines' }, linesChart(m, t, st.lang, name, one ?? undefined))
      : null,
    one ? runSheet(one, t, st.lang) : null,
    m.lines.length && !one
      ? [spreadTable(m, t, st.lang), scatter(m, t, st.lang, name), factsBlock(m, t), runsList(m, st, t, a)]
      : null,
    setAsideBlock(m, t),
  );
}

function header(st: BoardState, t: T, a: Actions, m: BoardModel): HTMLElement {
  const langBtn = (l: Lang) =>
    h(
      'button',
      {
        class: `btn btn-small${st.lang === l ? ' btn-primary' : ''}`,
        type: 'button',
        'aria-pressed': String(st.lang === l),
        onClick: () => a.setLang(l),
      },
      l.toUpperCase(),
    );
  const first = m.lines[0]?.run.game;
  return h(
    'header',
    { class: 'board-head' },
    h(
      'div',
      null,
      h('h1', null, t('board.title')),
      first
        ? h(
            'p',
            { class: 'eyebrow' },
            t('board.subtitle', { level: first.level.name[st.lang], seed: m.seed, n: m.lines.length }),
          )
        : null,
    ),
    h(
      'div',
      { class: 'row board-tools no-print' },
      h(
        'label',
        { class: 'toggle' },
        h('input', {
          type: 'checkbox',
          checked: st.names,
          onChange: () => a.toggleNames(),
          'data-names': '',
        }),
        ' ',
        t('board.showNames'),
      ),
      h(
        'button',
        { class: 'btn', type: 'button', disabled: !m.lines.length, onClick: () => downloadCsv(m, st, t) },
        t('board.exportCsv'),
      ),
      h('button', { class: 'btn', type: 'button', onClick: () => window.print() }, t('board.print')),
      a.refresh
        ? h('button', { class: 'btn', type: 'button', onClick: () => void a.refresh?.() }, t('board.refresh'))
        : null,
      h(
        'span',
        { class: 'lang-switch', role: 'group', 'aria-label': t('board.lang') },
        langBtn('en'),
        langBtn('nl'),
      ),
    ),
  );
}

function inputPanel(st: BoardState, t: T, a: Actions, scanner: Scanner): HTMLElement {
  const area = h('textarea', {
    id: 'paste',
    class: 'paste',
    rows: 4,
    placeholder: t('board.pastePlaceholder'),
  });
  const file = h('input', { type: 'file', accept: '.txt,.csv,.eml,text/*', class: 'file-input' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f && f.size < 8_000_000) void f.text().then(a.addText);
  });
  return h(
    'section',
    { class: 'board-block board-input no-print' },
    h('label', { for: 'paste' }, t('board.pasteLabel')),
    area,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          class: 'btn btn-primary',
          type: 'button',
          'data-add': '',
          onClick: () => void a.addText(area.value).then(() => undefined),
        },
        t('board.add'),
      ),
      h('label', { class: 'btn' }, t('board.addFile'), file),
      scanner.button,
      h('span', { class: 'hint', role: 'status', 'data-status': '' }, st.status),
    ),
    scanner.panel,
    st.refused.length
      ? h(
          'div',
          { class: 'refused', 'data-refused': '' },
          h('h2', null, t('board.refused')),
          h(
            'ul',
            null,
            st.refused.map((r) =>
              h('li', null, h('code', null, shortCode(r.code)), ' — ', t(`code.reasons.${r.problem}`)),
            ),
          ),
        )
      : null,
  );
}

function shortCode(code: string): string {
  return code.length > 22 ? `${code.slice(0, 14)}…${code.slice(-6)}` : code;
}

function factsBlock(m: BoardModel, t: T): HTMLElement {
  return h(
    'section',
    { class: 'board-block facts' },
    h('h2', null, t('board.facts')),
    m.facts.length
      ? h(
          'ul',
          null,
          m.facts.map((f) =>
            h(
              'li',
              null,
              t('board.fact', {
                n: f.pitched,
                m: f.met,
                action: t('board.actionPitch'),
                visitor: f.visitor,
                season: f.season + 1,
                k: f.listenedOrdered,
                l: f.listened,
                account: f.visitor,
              }),
              f.firstOrderWeek ? t('board.factOrderWeek', { w: f.firstOrderWeek }) : '',
            ),
          ),
        )
      : h('p', { class: 'hint' }, t('board.noFacts')),
  );
}

function runsList(m: BoardModel, st: BoardState, t: T, a: Actions): HTMLElement {
  const name = nameOf(st, t);
  return h(
    'section',
    { class: 'board-block runs' },
    h('h2', null, t('board.runs')),
    h(
      'ol',
      { class: 'run-list' },
      m.lines.map((l) =>
        h(
          'li',
          { 'data-run': String(l.n) },
          st.names && l.run.source === 'code'
            ? h('input', {
                class: 'text-input run-name-input',
                type: 'text',
                maxlength: 24,
                value: l.run.label ?? '',
                placeholder: t('board.participant', { n: l.n }),
                'aria-label': t('board.rename', { n: l.n }),
                'data-rename': '',
                onChange: (e: Event) => a.rename(l.run, (e.target as HTMLInputElement).value),
              })
            : h('strong', { class: 'run-name' }, name(l)),
          h(
            'span',
            null,
            `${t('board.revenue')} ${money(l.revenue, st.lang)} · ${t('board.profit')} ${money(l.profit, st.lang)} · ${t('board.listening', { share: percent(l.listeningShare, st.lang) })} · ${l.fired ? t('board.fired') : t('board.notFired')}`,
          ),
          h(
            'span',
            { class: 'row no-print' },
            h(
              'button',
              { class: 'btn btn-small', type: 'button', 'data-open': '', onClick: () => void openRun(l.run) },
              t('board.openRun'),
            ),
            h(
              'button',
              {
                class: 'btn btn-small',
                type: 'button',
                'data-print-run': '',
                onClick: () => a.printRun(l.n),
              },
              t('board.printRun'),
            ),
          ),
        ),
      ),
    ),
  );
}

async function openRun(run: BoardRun): Promise<void> {
  const w = window.open('', '_blank');
  const code = run.code ?? (await encodeResultCode(toReplay(run.game)));
  const url = `watch.html#code=${code}`;
  if (w) w.location.href = url;
  else location.href = url;
}

function runSheet(l: RunLine, t: T, lang: Lang): HTMLElement {
  return h(
    'section',
    { class: 'board-block run-sheet' },
    h(
      'ul',
      null,
      seasonLines(l.run.game, t, lang).map((line) => h('li', null, line)),
    ),
  );
}

function setAsideBlock(m: BoardModel, t: T): HTMLElement | null {
  if (!m.setAside.length) return null;
  return h(
    'section',
    { class: 'board-block' },
    h('h2', null, t('board.setAside')),
    h(
      'ul',
      null,
      m.setAside.map((r, i) =>
        h(
          'li',
          null,
          t('board.setAsideItem', {
            label: r.label ?? t('board.run', { n: i + 1 }),
            level: r.game.level.id,
            seed: r.game.state.seed,
          }),
        ),
      ),
    ),
  );
}

function downloadCsv(m: BoardModel, st: BoardState, t: T): void {
  const text = boardCsv(m.lines, st.lang, wordsOf(t), nameOf(st, t));
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: `board-${m.level}-${m.seed}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function wordsOf(t: T) {
  const k = [
    'name',
    'season',
    'fairRevenue',
    'afterRevenue',
    'profit',
    'patience',
    'fired',
    'listening',
    'hash',
    'yes',
    'no',
  ] as const;
  return Object.fromEntries(k.map((x) => [x, t(`board.csv.${x}`)])) as Record<(typeof k)[number], string>;
}
