// The DOM overlay: every word on screen (menus, cards, HUD, review, debrief) as accessible
// HTML over the canvas, rendered from the session store. This module owns the layers — the
// preloader, the current screen, the dialogs, the notices, the live region and the "turn your
// phone" note — the layout variables shared with the world, and the pacing of re-renders:
// decisions show at once; the fair's ticking numbers a few times a second.
import { createElement } from 'preact';
import { translate, translator } from '../i18n';
import { layoutFor } from '../layout';
import type { SessionState, SessionStore } from '../store/session';
import type { Settings } from '../store/settings';
import { createBriefing } from './briefing';
import type { Part, Ui } from './context';
import { createCornerMenu } from './corner-menu';
import { createDialogs } from './dialogs';
import { h } from './dom';
import { type ElementRoot, elementRoot } from './element-root';
import { installKeyboard } from './keyboard';
import { focusTitleOf, lazyPart, prefetchLaterScreens } from './lazy-part';
import { installLevelDrop } from './level-open';
import { createLevelPanel } from './level-panel';
import { createAnnouncer } from './live';
import { createNotices } from './notices';
import { createPlay } from './play';
import { PortraitNote } from './portrait-note';
import { createPreloader } from './preloader';
import { changeOf } from './render-pacing';
import { createRoomBadge } from './room-badge';
import { createTitle } from './title';
import './styles.css';

/** Fastest re-render of ticking numbers (fair clock, sales) and of a bot's game. */
const THROTTLE_MS = 200;
const BOT_THROTTLE_MS = 250;

function systemReducesMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function applyRootSettings(doc: Document, s: Settings): void {
  const root = doc.documentElement;
  root.lang = s.lang;
  root.dataset.text = s.textSize;
  root.dataset.motion = s.reducedMotion || systemReducesMotion() ? 'reduced' : 'full';
  doc.title = translate(s.lang, 'app.name');
}

function applyLayout(el: HTMLElement): ReturnType<typeof layoutFor> {
  const w = window.innerWidth;
  const hgt = window.innerHeight;
  const lay = layoutFor(w, hgt);
  el.style.setProperty('--hud-h', `${lay.hud}px`);
  el.style.setProperty('--panel-size', `${lay.panel.size}px`);
  el.style.setProperty('--stage-w', `${lay.stage.w}px`);
  el.style.setProperty('--stage-h', `${lay.stage.h}px`);
  el.dataset.panel = lay.panel.side;
  el.dataset.kind = lay.kind;
  el.dataset.portrait = String(lay.portrait);
  return lay;
}

function screenPart(ui: Ui, st: SessionState): Part {
  switch (st.screen) {
    case 'title':
      return createTitle(ui);
    case 'briefing':
      return createBriefing(ui);
    case 'play':
      return createPlay(ui);
    case 'debrief':
      return lazyPart(ui, 'debrief', h('main', { class: 'screen sheet-screen debrief-screen' }));
  }
}

export function mountOverlay(parent: HTMLElement, store: SessionStore): { destroy(): void } {
  const root = h('div', { class: 'overlay' });
  parent.append(root);
  const announcer = createAnnouncer();
  let layout = applyLayout(root);
  let lang = store.getState().settings.lang;
  let bootSkipped = false;
  let portraitDismissed = false;

  let ui: Ui;
  let screen: { name: string; part: Part } | null = null;
  let preloader: Part | null = null;
  let dialogs: Part;
  let notices: Part;
  let levelPanel: Part;
  let roomBadge: Part;
  let cornerMenu: Part;
  const screenLayer = h('div', { class: 'layer layer-screen' });
  let portrait: ElementRoot<Parameters<typeof PortraitNote>[0]> | null = null;

  const makeUi = (): Ui => ({
    store,
    lang,
    t: translator(lang),
    announce: (text) => announcer.announce(text),
  });

  const portraitNote = (st: SessionState) =>
    createElement(PortraitNote, {
      shown: layout.kind === 'phone' && layout.portrait && st.screen === 'play' && !portraitDismissed,
      onAnyway: () => {
        portraitDismissed = true;
        syncPortrait(store.getState());
      },
      onClosed: focusScreenTitle,
    });
  const focusScreenTitle = () =>
    screenLayer.querySelector<HTMLElement>('.screen-title, .panel-title')?.focus({ preventScroll: true });
  const syncPortrait = (st: SessionState) => portrait?.render(portraitNote(st));

  const syncPreloader = (st: SessionState) => {
    const want = st.bootProgress < 1 && !bootSkipped;
    if (want && !preloader) {
      preloader = createPreloader(ui, () => {
        bootSkipped = true;
        syncPreloader(store.getState());
      });
      root.append(preloader.el);
    } else if (!want && preloader) {
      preloader.destroy?.();
      preloader.el.remove();
      preloader = null;
      root.classList.add('is-ready');
      prefetchLaterScreens();
    }
    preloader?.update?.(st);
  };

  const syncScreen = (st: SessionState) => {
    if (screen?.name !== st.screen) {
      screen?.part.destroy?.();
      screen?.part.el.remove();
      const part = screenPart(ui, st);
      screenLayer.append(part.el);
      screen = { name: st.screen, part };
      root.dataset.screen = st.screen;
      if (st.screen !== 'play') focusTitleOf(part, '.screen-title');
    } else screen.part.update?.(st);
  };

  const buildAll = () => {
    const st = store.getState();
    const focusedId = document.activeElement?.id ?? '';
    ui = makeUi();
    screen?.part.destroy?.();
    screen = null;
    screenLayer.replaceChildren();
    dialogs?.destroy?.();
    notices?.destroy?.();
    preloader?.destroy?.();
    preloader?.el.remove();
    preloader = null;
    dialogs = createDialogs(ui);
    notices = createNotices(ui);
    levelPanel = createLevelPanel(ui);
    roomBadge = createRoomBadge(ui);
    cornerMenu = createCornerMenu(ui);
    root.dataset.dropText = ui.t('title.dropLevel');
    portrait?.unmount();
    portrait = elementRoot(ui, portraitNote(st));
    root.replaceChildren(
      screenLayer,
      notices.el,
      levelPanel.el,
      roomBadge.el,
      cornerMenu.el,
      dialogs.el,
      portrait.el,
      announcer.el,
    );
    syncScreen(st);
    syncPreloader(st);
    syncPortrait(st);
    // After a language switch, focus returns to the same control (e.g. the language radio).
    if (focusedId) queueMicrotask(() => document.getElementById(focusedId)?.focus());
  };

  const flush = () => {
    timer = null;
    lastFlush = Date.now();
    const st = store.getState();
    if (st.settings.lang !== lang) {
      lang = st.settings.lang;
      buildAll();
      return;
    }
    syncPreloader(st);
    syncScreen(st);
    dialogs.update?.(st);
    notices.update?.(st);
    levelPanel.update?.(st);
    roomBadge.update?.(st);
    cornerMenu.update?.(st);
    syncPortrait(st);
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = 0;
  const schedule = (urgent: boolean, wait: number) => {
    if (urgent) {
      if (timer) clearTimeout(timer);
      flush();
      return;
    }
    if (timer) return;
    timer = setTimeout(flush, Math.max(0, wait - (Date.now() - lastFlush)));
  };

  applyRootSettings(document, store.getState().settings);
  buildAll();

  const unsub = store.subscribe((s, prev) => {
    if (s.settings !== prev.settings) applyRootSettings(document, s.settings);
    const change = changeOf(s, prev);
    if (change === 'none') return;
    // A bot's game is drawn at its own pace; only a new screen, a dialog or the bot's end at once.
    if (s.bot) {
      schedule(s.screen !== prev.screen || s.overlay !== prev.overlay || s.bot !== prev.bot, BOT_THROTTLE_MS);
      return;
    }
    if (change === 'decision') schedule(true, 0);
    else if (change === 'tick') schedule(s.game?.state.phase !== 'fair', THROTTLE_MS);
    else schedule(false, 100);
  });

  const onResize = () => {
    layout = applyLayout(root);
    syncPortrait(store.getState());
  };
  window.addEventListener('resize', onResize);
  const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const onMotion = () => applyRootSettings(document, store.getState().settings);
  motionQuery?.addEventListener?.('change', onMotion);
  const removeKeys = installKeyboard(store);
  const removeDrop = installLevelDrop(root, store);

  return {
    destroy() {
      unsub();
      if (timer) clearTimeout(timer);
      window.removeEventListener('resize', onResize);
      motionQuery?.removeEventListener?.('change', onMotion);
      removeKeys();
      removeDrop();
      screen?.part.destroy?.();
      dialogs.destroy?.();
      notices.destroy?.();
      announcer.destroy();
      root.remove();
    },
  };
}

/** A readable message in place of the game when it cannot start at all (no stack trace). */
export function showFatal(parent: HTMLElement, error: unknown): void {
  const reason = error instanceof Error && error.message ? error.message.split('\n')[0] : 'unknown error';
  const box = h(
    'div',
    { role: 'alert', class: 'fatal' },
    h('h1', null, 'The Listening Booth · De Luisterstand'),
    h('p', null, translate('en', 'boot.failed', { reason: reason ?? '' }), ' Please reload the page.'),
    h(
      'p',
      { lang: 'nl' },
      translate('nl', 'boot.failed', { reason: reason ?? '' }),
      ' Laad de pagina opnieuw.',
    ),
  );
  parent.replaceChildren(box);
}
