// Events a step emits for the screen to animate: who arrived, who talked, what was signed.
// They are never read back by the simulation and are not part of the state or its hash.
import type { Outcome } from './conversation';
import type { Action } from './state';

export type SimEvent =
  | { t: 'arrive'; visitor: number }
  | { t: 'queue'; visitor: number; booth: number }
  | { t: 'talk'; visitor: number; booth: number; action: Action }
  | ({ t: 'outcome'; visitor: number; booth: number; action: Action; byPlayer: boolean } & Outcome)
  | { t: 'give-up'; visitor: number; booth: number }
  | { t: 'leave'; visitor: number }
  | { t: 'order'; order: number }
  | { t: 'proposal'; lead: number; won: boolean }
  | { t: 'cold'; lead: number }
  | { t: 'layoff'; supplier: number; count: number }
  | { t: 'ceo'; tone: string }
  | { t: 'fired' }
  | { t: 'phase'; phase: string };
