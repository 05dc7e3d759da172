// Entry of watch.html: the replay viewer. Opens a result code (#code=…&at=S.W), verifies it,
// and shows the run in the game's own world at the chosen point, read-only, with a scrub bar
// (arrow keys), the run's numbers and seasons there and a link back to the board, in the part
// of the screen the world leaves for a panel (beside it, or below it when held upright).
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '../ui/styles.css';
import './watch.css';
import { profitOf } from '../board/model';
import { startLang, translator } from '../board/ui/lang';
import { seasonLines } from '../board/ui/season-lines';
import { verifyResultCode } from '../codes/result-code';
import { money } from '../i18n/format';
import { layoutFor } from '../layout';
import { createWorld } from '../scenes';
import type { Game } from '../sim';
import { createSession } from '../store/session';
import { defaultSettings } from '../store/settings';
import { memoryStorage } from '../store/storage';
import { applyThemeToDocument } from '../theme';
import { fill, h } from '../ui/dom';
import { cumulativeSeries } from '../view/selectors';
import { gameAt, lastPoint, parseAt, perSeason } from './position';

async function start(root: HTMLElement): Promise<void> {
  const lang = startLang();
  const t = translator(lang);
  document.documentElement.lang = lang;
  applyThemeToDocument(document);
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('code');
  if (!code) return void fill(root, message(t('watch.noCode'), t));
  const v = await verifyResultCode(code);
  if (!v.ok)
    return void fill(root, message(t('watch.refused', { reason: t(`code.reasons.${v.problem}`) }), t));
  const full = v.game;
  const store = createSession({
    storage: memoryStorage(),
    defaults: { ...defaultSettings(true, lang), lang },
    resume: false,
  });
  const last = lastPoint(full);
  let at = parseAt(params.get('at'), full) ?? last;
  const panel = h('div', { class: 'watch-panel' });
  const show = () => {
    const g = gameAt(full, at + 0.25);
    store.setState({ game: g, screen: 'play', paused: true, overlay: 'none', bot: null });
    fill(
      panel,
      ...controls(full, g, at, last, t, lang, (n) => {
        at = Math.max(0, Math.min(last, n));
        history.replaceState(null, '', `#code=${code}&at=${label(full, at)}`);
        show();
      }),
    );
  };
  root.append(panel);
  placePanel(panel);
  window.addEventListener('resize', () => placePanel(panel));
  createWorld(root, store);
  show();
  document.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      at = Math.max(0, Math.min(last, at + (e.key === 'ArrowRight' ? 1 : -1)));
      show();
    }
  });
}

/** The panel takes the part of the screen the world's layout leaves for the game's own panel. */
function placePanel(panel: HTMLElement): void {
  const lay = layoutFor(window.innerWidth, window.innerHeight);
  const size = `${lay.panel.size}px`;
  const right = lay.panel.side === 'right';
  panel.dataset.side = lay.panel.side;
  Object.assign(panel.style, {
    top: right ? '0' : 'auto',
    left: right ? 'auto' : '0',
    width: right ? size : '100%',
    height: right ? '100%' : size,
  });
}

function label(full: Game, at: number): string {
  const per = perSeason(full);
  return `${Math.floor(at / per) + 1}.${at % per}`;
}

function controls(
  full: Game,
  g: Game,
  at: number,
  last: number,
  t: ReturnType<typeof translator>,
  lang: 'en' | 'nl',
  go: (n: number) => void,
) {
  const per = perSeason(full);
  const w = at % per;
  const when = w === 0 ? t('watch.fair') : t('watch.week', { w });
  const range = h('input', {
    type: 'range',
    min: 0,
    max: last,
    step: 1,
    value: at,
    'aria-label': t('watch.scrub'),
    class: 'watch-scrub',
  });
  range.addEventListener('input', () => go(Number(range.value)));
  const revenue = cumulativeSeries(g).at(-1) ?? 0;
  return [
    h(
      'div',
      { class: 'watch-row' },
      h('a', { class: 'btn btn-small', href: 'board.html' }, t('watch.back')),
      h('strong', { 'data-at': label(full, at) }, t('watch.at', { s: Math.floor(at / per) + 1, when })),
    ),
    range,
    h(
      'p',
      { class: 'watch-numbers' },
      t('watch.numbers', {
        revenue: money(revenue, lang),
        profit: money(profitOf(g), lang),
        patience: Math.round(g.state.ceo.patience),
      }),
    ),
    h('p', { class: 'hint' }, t('watch.keys')),
    // The run's seasons so far.
    h(
      'ul',
      { class: 'watch-seasons' },
      seasonLines(g, t, lang).map((line) => h('li', null, line)),
    ),
  ];
}

function message(text: string, t: ReturnType<typeof translator>): HTMLElement {
  return h(
    'main',
    { class: 'watch-message' },
    h('h1', null, t('watch.title')),
    h('p', { role: 'alert' }, text),
    h('a', { class: 'btn', href: 'board.html' }, t('watch.back')),
  );
}

const root = document.getElementById('app');
if (root) void start(root);
