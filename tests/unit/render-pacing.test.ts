// The overlay's pacing rule: decisions draw at once, the clock's ticks are paced, the world's
// own bookkeeping (events to draw, the step's carry) draws nothing by itself.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import { changeOf } from '../../src/ui/render-pacing';

function seen() {
  const store = createSession({ storage: memoryStorage(), defaults: defaultSettings(), resume: false });
  const changes: string[] = [];
  store.subscribe((s, prev) => changes.push(changeOf(s, prev)));
  return { store, changes };
}

describe('render pacing', () => {
  it('draws a decision at once and paces the fair clock', () => {
    const { store, changes } = seen();
    store.getState().startLevel('the-fair', '7');
    expect(changes.at(-1)).toBe('decision');
    store.getState().beginPlay();
    const before = changes.length;
    const plan = store.getState().dispatch({
      type: 'plan',
      booth: 'medium',
      focus: 'both',
      staff: { pitch: 1, listen: 1 },
      showInnovations: false,
      target: 1e9,
      costCap: 1e9,
    } as never);
    expect(plan.ok).toBe(false);
    // A refusal is a decision: its words show at once.
    expect(store.getState().lastError).not.toBeNull();
    expect(changes.slice(before)).toEqual(['decision']);
    changes.length = 0;
    store.setState({ version: store.getState().version + 1 });
    store.setState({ carry: 0.5 });
    store.setState({ pending: [] });
    expect(changes).toEqual(['tick', 'none', 'none']);
  });

  it('draws the preloader now and then, and its end at once', () => {
    const { store, changes } = seen();
    store.getState().setBootProgress(0.4);
    store.getState().setBootProgress(1);
    expect(changes.slice(-2)).toEqual(['progress', 'decision']);
  });

  it('a field added to the session is a decision unless named as paced', () => {
    const { store, changes } = seen();
    store.setState({ ruleDraft: null, levelId: 'boom-years' });
    expect(changes.at(-1)).toBe('decision');
  });
});
