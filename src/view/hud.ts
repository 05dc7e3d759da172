// The HUD's read of the game: the season, the CEO's patience and the team's mood as meter
// readings (whole points 0..100 and a tone), and in the weeks after the season's revenue
// against the promise and its spending against the cap (its profit so far, the score, is
// after.ts's profitFigure).
import type { Game } from '../sim';
import { ANGRY_BELOW, seasonRevenue } from '../sim';
import { perRevision } from './memo';

export type MeterTone = 'good' | 'warn' | 'bad';

/** A meter's reading: whole points, clamped to 0..100, and its tone. */
export interface MeterReading {
  value: number;
  tone: MeterTone;
}

/** The meter's tone for a 0..100 value: calm, worried, alarmed (where the CEO turns angry). */
export function meterTone(value: number): MeterTone {
  if (value < ANGRY_BELOW) return 'bad';
  if (value < 50) return 'warn';
  return 'good';
}

export function meterReading(value: number): MeterReading {
  const v = Math.round(Math.max(0, Math.min(100, value)));
  return { value: v, tone: meterTone(v) };
}

/** The season's money as the weeks after's HUD shows it (cents). */
export interface HudFigures {
  revenue: number;
  target: number;
  spent: number;
  cap: number;
  /** Spending has gone past the cap. */
  over: boolean;
}

export interface HudView {
  /** The season, 1-based, and how many the level has. */
  season: number;
  seasons: number;
  /** The week after the fair (0: the fair's own week) and how many the level has. */
  week: number;
  weeks: number;
  patience: MeterReading;
  mood: MeterReading;
  /** Null before the season has its stats. */
  figures: HudFigures | null;
}

export const hudView = perRevision((game: Game): HudView => {
  const s = game.state;
  const stats = s.history[s.season];
  return {
    season: s.season + 1,
    seasons: game.level.seasons,
    week: s.week,
    weeks: game.level.weeksAfter,
    patience: meterReading(s.ceo.patience),
    mood: meterReading(s.team.mood),
    figures: stats
      ? {
          revenue: seasonRevenue(stats),
          target: stats.plan.revenueTarget,
          spent: stats.costs,
          cap: stats.plan.costCap,
          over: stats.costs > stats.plan.costCap,
        }
      : null,
  };
});
