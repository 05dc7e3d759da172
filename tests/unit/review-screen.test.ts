// The review screen (src/ui/review.tsx) on bot games of The Fair played through a real session
// store: its title and headline, the causal trace's order and limit, the improvements' words,
// choosing one (and being refused), and which blocks the component puts together. Vitest runs
// in Node without a DOM here, so the rendered page is checked by the browser tests
// (tests/e2e/the-fair, tutorial, screenshots); this checks what the components are fed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import { type Game, runBot } from '../../src/sim';
import { createSession, type SessionStore } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import type { Ui } from '../../src/ui/context';
import {
  chooseImprovement,
  Review,
  reviewHeadline,
  reviewSeason,
  reviewTitle,
  reviewTrace,
  TRACE_SHOWN,
} from '../../src/ui/review';
import { tracedOrders } from '../../src/view/selectors';

const L = shippedLevel('the-fair');
const t = translator('en');
const botGame = runBot(L, '42', 'listener');

function uiFor(store: SessionStore): Ui {
  return { store, lang: 'en', t, announce: () => undefined };
}

/** A session store playing the listener bot's moves of its game until its first review. */
function atFirstReview(): { ui: Ui; game: Game } {
  const store = createSession({ storage: memoryStorage(), defaults: defaultSettings(), resume: false });
  expect(store.getState().startLevel('the-fair', '42')).toBe(true);
  store.getState().beginPlay();
  for (const cmd of botGame.log) {
    if (store.getState().game?.state.phase === 'review') break;
    expect(store.getState().dispatch(cmd).ok).toBe(true);
  }
  const game = store.getState().game;
  if (game?.state.phase !== 'review') throw new Error('the bot game never reached a review');
  return { ui: uiFor(store), game };
}

/** The names of the components (or tags) a vnode's children are, nested arrays flattened. */
function childTypes(node: VNode): string[] {
  const kids = ([] as unknown[]).concat((node.props as { children?: unknown }).children ?? []).flat(3);
  return kids
    .filter((k): k is VNode => typeof k === 'object' && k !== null && 'type' in k)
    .map((k) =>
      typeof k.type === 'string' ? `${k.type}.${(k.props as { class?: string }).class}` : k.type.name,
    );
}

describe('the review screen', () => {
  it('titles the first season’s review and sums up the fair against the weeks after', () => {
    const { ui, game } = atFirstReview();
    const season = reviewSeason(game);
    expect(season).toBe(0);
    expect(reviewTitle(t, game, season)).toBe('Season 1 in review');
    const stats = game.state.history[0];
    expect(reviewHeadline(ui, stats)).toMatch(
      /^At the fair you signed €[\d,]+\. In the weeks after: €[\d,]+\.$/,
    );
    expect(reviewHeadline(ui, undefined)).toBe('');
  });

  it('titles the last season of an ended game, and offers the debrief instead of an improvement', () => {
    const season = reviewSeason(botGame);
    expect(season).toBe(botGame.state.history.length - 1);
    expect(reviewTitle(t, botGame, season)).toBe(
      botGame.state.fired ? t('review.firedTitle') : 'The last season in review',
    );
    const tree = Review({ game: botGame, bot: false });
    expect(childTypes(tree)).toEqual(['ReviewHead', 'Tips', 'ReviewCharts', 'div.review-grid', 'ToDebrief']);
  });

  it('lists follow-ups and referrals before the fair’s orders, largest first, and shows eight', () => {
    const season = reviewSeason(botGame);
    const traced = reviewTrace(botGame, season);
    expect(traced.length).toBe(tracedOrders(botGame, season).length);
    expect(traced.length).toBeGreaterThan(TRACE_SHOWN);
    expect(TRACE_SHOWN).toBe(8);
    const firstFair = traced.findIndex((o) => o.origin.kind === 'fair');
    if (firstFair >= 0) expect(traced.slice(firstFair).every((o) => o.origin.kind === 'fair')).toBe(true);
    for (let i = 1; i < traced.length; i++) {
      const a = traced[i - 1];
      const b = traced[i];
      if (a && b && (a.origin.kind === 'fair') === (b.origin.kind === 'fair'))
        expect(a.value).toBeGreaterThanOrEqual(b.value);
    }
    // The view model's own list stays in the sim's order (the review sorts a copy).
    expect(tracedOrders(botGame, season)).not.toBe(traced);
  });

  it('puts the improvement last in a season’s review, and chooses it through the store', () => {
    const { ui, game } = atFirstReview();
    expect(childTypes(Review({ game, bot: true })).at(-1)).toBe('Improve');
    expect(chooseImprovement(ui, 'customer')).toBeNull();
    const st = ui.store.getState();
    expect(st.game?.state.phase).toBe('plan');
    expect(st.game?.state.improvements[0]?.choice).toBe('customer');
    // Chosen twice (a double click): the game refuses, and the player reads why.
    expect(chooseImprovement(ui, 'none')).toBe(t('error.wrong-phase'));
  });
});

describe('Preact components under the Content-Security-Policy', () => {
  const tsxFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tsxFiles(path);
      return name.endsWith('.tsx') ? [path] : [];
    });

  it('never render a style string (the policy refuses style attributes; objects go through the CSSOM)', () => {
    const files = tsxFiles('src');
    expect(files).toContain(join('src', 'ui', 'review.tsx'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bstyle=\s*(["'`]|\{\s*["'`])/);
    }
  });
});
