// What the hall shows of each booth: size, purpose, colour, name, the staff roles on its floor
// and whether new products glitter there. Read from the simulation state during a game, or
// from the level's defaults when the hall is only a backdrop. Pure: no Phaser.
import type { Level } from '../../levels/schema';
import type { Action, SimState } from '../../sim';
import type { Lang } from '../../store/settings';
import { hexOf } from '../../theme';
import type { SizeName } from '../layout/hall-layout';

export interface BoothSetup {
  size: SizeName;
  focus: 'display' | 'conversation';
  color: number;
  name: string;
  roles: Action[];
  glitter: boolean;
}

function defaultRoles(slots: number, pushShare: number): Action[] {
  const pitchers = Math.round(slots * pushShare);
  const roles: Action[] = [];
  for (let k = 0; k < slots; k++) roles.push(k < pitchers ? 'pitch' : 'listen');
  return roles;
}

/** The booths of the level as they stand before any plan (the hall as a backdrop). */
export function levelSetups(level: Level, lang: Lang): BoothSetup[] {
  const out: BoothSetup[] = [];
  const ourSlots = Math.min(level.team.staff, level.fair.booths.medium.slots);
  out.push({
    size: 'medium',
    focus: 'display',
    color: hexOf(level.company.color),
    name: level.company.name[lang],
    roles: defaultRoles(ourSlots, 0.5),
    glitter: false,
  });
  for (const c of level.competitors) {
    const slots = Math.min(c.staff, level.fair.booths[c.booth].slots);
    out.push({
      size: c.booth,
      focus: c.pushShare >= 0.5 ? 'display' : 'conversation',
      color: hexOf(c.color),
      name: c.name[lang],
      roles: defaultRoles(slots, c.pushShare),
      glitter: c.showsInnovations,
    });
  }
  return out;
}

/** The booths as the simulation has them this season (ours from the plan). */
export function stateSetups(level: Level, s: SimState, lang: Lang): BoothSetup[] {
  const base = levelSetups(level, lang);
  return s.suppliers.map((sup, i) => {
    const b = base[i];
    const floor = s.floors[i];
    const size = i === 0 && s.plan ? s.plan.booth : sup.booth;
    const roles =
      floor && floor.roles.length > 0
        ? floor.roles
        : defaultRoles(
            Math.min(sup.staff, level.fair.booths[size].slots),
            i === 0 && s.plan
              ? s.plan.pitchers / Math.max(1, s.plan.pitchers + s.plan.listeners)
              : sup.pushShare,
          );
    return {
      size,
      focus: i === 0 && s.plan ? s.plan.focus : sup.focus,
      color: b?.color ?? 0x888888,
      name: b?.name ?? sup.id,
      roles,
      glitter: sup.showsInnovations && sup.glitter > 0,
    };
  });
}

/** Whether two lists of booth setups would draw the same hall. */
export function sameSetups(a: readonly BoothSetup[], b: readonly BoothSetup[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as BoothSetup;
    const y = b[i] as BoothSetup;
    if (
      x.size !== y.size ||
      x.focus !== y.focus ||
      x.color !== y.color ||
      x.name !== y.name ||
      x.glitter !== y.glitter
    )
      return false;
    if (x.roles.length !== y.roles.length) return false;
    for (let k = 0; k < x.roles.length; k++) if (x.roles[k] !== y.roles[k]) return false;
  }
  return true;
}
