// The plan form's model: euro parsing as people type, defaults that are valid, staff that fits
// the booth, proposal room under the cap, and validation that mirrors the sim's own rules.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { apply, newGame, planLimits } from '../../src/sim';
import {
  capForRoom,
  checkDraft,
  defaultDraft,
  fitStaff,
  parseEuros,
  proposalRoom,
  roundUpThousand,
  usefulProposals,
  withBooth,
  withStaff,
} from '../../src/ui/plan-model';

const L = shippedLevel('the-fair');

describe('parseEuros', () => {
  it('reads whole euros with any grouping', () => {
    expect(parseEuros('978500')).toBe(978_500);
    expect(parseEuros('978,500')).toBe(978_500);
    expect(parseEuros('978.500')).toBe(978_500);
    expect(parseEuros(' € 978 500 ')).toBe(978_500);
  });

  it('refuses what is not an amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('a lot')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('1e9')).toBeNull();
  });
});

describe('helpers', () => {
  it('rounds cents up to thousands of euros', () => {
    expect(roundUpThousand(97_850_000)).toBe(979_000);
    expect(roundUpThousand(100_000_000)).toBe(1_000_000);
  });

  it('fits staff into the booth, pitchers first to give way', () => {
    expect(fitStaff(5, 3, 6)).toEqual({ pitchers: 3, listeners: 3 });
    expect(fitStaff(0, 9, 4)).toEqual({ pitchers: 0, listeners: 4 });
    expect(fitStaff(0, 0, 4)).toEqual({ pitchers: 1, listeners: 0 });
  });

  it('counts the proposals a cap leaves room for', () => {
    expect(proposalRoom(2_000_000, 1_000_000, 50_000)).toBe(20);
    expect(proposalRoom(900_000, 1_000_000, 50_000)).toBe(0);
    expect(proposalRoom(900_000, 1_000_000, 0)).toBe(0);
    // A quick "Room for n" cap gives room for exactly n, however the costs fall.
    for (const planned of [
      1_234_567,
      6_000_000,
      planLimits({ L, s: newGame(L, 'r').state, ev: null }).plannedCost.medium,
    ])
      for (const n of [0, 1, 13, 30])
        expect(
          proposalRoom(capForRoom(planned, n, L.model.proposalCost) * 100, planned, L.model.proposalCost),
        ).toBe(n);
    expect(capForRoom(6_000_000, 2, 50_000)).toBe(61_000);
    expect(usefulProposals(L)).toBe(
      L.team.followUpsPerWeek * Math.min(L.weeksAfter, L.model.leadColdWeeks + 1),
    );
  });
});

describe('drafts', () => {
  it('start valid, and the sim accepts the command they make', () => {
    const g = newGame(L, '42');
    const limits = planLimits({ L, s: g.state, ev: null });
    const draft = defaultDraft(L, limits, null);
    const checked = checkDraft(draft, limits);
    expect(checked.problems).toEqual([]);
    expect(checked.command).not.toBeNull();
    if (checked.command) expect(apply(g, checked.command)).toEqual({ ok: true, steps: 0 });
  });

  it('start from the company’s habit: the-fair’s show of pitchers, the tutorial’s listening corner', () => {
    const fair = defaultDraft(L, planLimits({ L, s: newGame(L, '1').state, ev: null }), null);
    expect(fair).toMatchObject({ booth: 'medium', focus: 'display' });
    expect(fair.pitchers).toBeGreaterThan(fair.listeners);
    const T = shippedLevel('tutorial');
    const tut = defaultDraft(T, planLimits({ L: T, s: newGame(T, '1').state, ev: null }), null);
    expect(tut).toMatchObject({ booth: 'small', focus: 'conversation' });
    expect(tut.listeners).toBeGreaterThan(tut.pitchers);
  });

  it('name each problem by field', () => {
    const g = newGame(L, '42');
    const limits = planLimits({ L, s: g.state, ev: null });
    const draft = { ...defaultDraft(L, limits, null), pitchers: 0, listeners: 0, target: '1', cap: 'lots' };
    const checked = checkDraft(draft, limits);
    expect(checked.command).toBeNull();
    expect(checked.problems.map((p) => [p.field, p.key])).toEqual([
      ['staff', 'plan.errStaffNone'],
      ['target', 'plan.errTargetLow'],
      ['cap', 'plan.errNumber'],
    ]);
    const many = checkDraft({ ...draft, booth: 'small', pitchers: 5, listeners: 5 }, limits);
    expect(many.problems[0]).toMatchObject({
      field: 'staff',
      key: 'plan.errStaffMany',
      vars: { max: limits.slots.small },
    });
  });

  it('follow last season’s plan when there is one', () => {
    const g = newGame(L, '42');
    const limits = planLimits({ L, s: g.state, ev: null });
    const previous = {
      booth: 'small' as const,
      focus: 'conversation' as const,
      pitchers: 0,
      listeners: 4,
      showInnovations: false,
      revenueTarget: 1,
      costCap: 1,
      inviteCeo: false,
    };
    const draft = defaultDraft(L, limits, previous);
    expect(draft).toMatchObject({
      booth: 'small',
      focus: 'conversation',
      pitchers: 0,
      listeners: 4,
      showInnovations: false,
    });
  });
});

describe('changing a draft', () => {
  const limits = planLimits({ L, s: newGame(L, '42').state, ev: null });
  const cost = L.model.proposalCost;
  const draft = { ...defaultDraft(L, limits, null), booth: 'medium' as const, pitchers: 5, listeners: 1 };

  it('fits the staff into a smaller booth, pitchers first, and keeps them in a bigger one', () => {
    expect(limits.slots.small).toBe(4);
    expect(withBooth(draft, 'small', limits, cost)).toMatchObject({
      booth: 'small',
      pitchers: 3,
      listeners: 1,
    });
    expect(withBooth({ ...draft, pitchers: 0, listeners: 6 }, 'small', limits, cost)).toMatchObject({
      pitchers: 0,
      listeners: 4,
    });
    expect(withBooth(draft, 'large', limits, cost)).toMatchObject({
      booth: 'large',
      pitchers: 5,
      listeners: 1,
    });
  });

  it('raises a cap below the booth’s planned costs to leave room for ten proposals, and leaves others alone', () => {
    const low = { ...draft, cap: String(limits.plannedCost.medium / 100) };
    const large = withBooth(low, 'large', limits, cost);
    expect(large.cap).toBe(String(capForRoom(limits.plannedCost.large, 10, cost)));
    expect(proposalRoom(Number(large.cap) * 100, limits.plannedCost.large, cost)).toBe(10);
    expect(withBooth(low, 'small', limits, cost).cap).toBe(low.cap);
    // What is not an amount yet stays as typed: the field says what is wrong with it.
    expect(withBooth({ ...draft, cap: 'lots' }, 'large', limits, cost).cap).toBe('lots');
    expect(draft.booth).toBe('medium');
  });

  it('steps the staff within none and the booth’s places', () => {
    expect(withStaff(draft, 'pitchers', -1, limits)).toMatchObject({ pitchers: 4, listeners: 1 });
    const none = { ...draft, pitchers: 0 };
    expect(withStaff(none, 'pitchers', -1, limits)).toBe(none);
    expect(withStaff(none, 'listeners', 1, limits)).toMatchObject({ pitchers: 0, listeners: 2 });
    // Full: six of six places on the medium floor.
    expect(withStaff(draft, 'listeners', 1, limits)).toBe(draft);
    expect(draft).toMatchObject({ pitchers: 5, listeners: 1 });
  });
});
