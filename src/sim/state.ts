// The shape of the simulation state: plain, JSON-serialisable data (no classes, no undefined
// values, no Maps), so a save is `JSON.stringify(state)` and a restore is `JSON.parse`.
// Per-account-and-supplier relations live in flat number arrays for speed:
// index = account * suppliers + supplier (and * needs + need for knowledge).
import type { BoothSizeName } from '../levels/schema';
import type { Streams } from './rng';

export type Phase = 'plan' | 'fair' | 'after' | 'review' | 'ended';
export type Focus = 'display' | 'conversation';
export type Action = 'pitch' | 'ask' | 'listen' | 'brochure';
export type ImprovementChoice = 'customer' | 'innovation' | 'none';

/** An account's profile: drawn at creation, never changed (its dynamic side is in SimState). */
export interface Account {
  id: number;
  /** Indices into the level's people.firstNames, people.lastNames and the company name parts. */
  firstName: number;
  lastName: number;
  companyName: number;
  companyKind: number;
  segment: number;
  /** Hidden need weights, summing to 1, one per level need. */
  needs: number[];
  /** Value of one regular order, cents. */
  orderValue: number;
  cycleWeeks: number;
  pressureAversion: number;
  openness: number;
  attendance: number;
  novelty: number;
}

export interface Supplier {
  /** 'us' for the player, else the competitor id. */
  id: string;
  staff: number;
  staffStart: number;
  minStaff: number;
  booth: BoothSizeName;
  focus: Focus;
  pushShare: number;
  followUpShare: number;
  showsInnovations: boolean;
  /** Extra pull of new products at this season's fair. */
  glitter: number;
  /** Offering fit per need, 0..1. */
  fit: number[];
  cash: number;
  margin: number;
  staffWeeklyCost: number;
  fixedWeeklyCost: number;
  /** Listening skill (0..1) and mood (0..100) of this supplier's people. */
  skill: number;
  mood: number;
  /** Service shortfall last week (0 fine .. 1 nobody served). */
  shortfall: number;
  lastLayoffWeek: number;
  /** Gross margin of the last weeks, newest last, for the runway. */
  recentMargin: number[];
}

export type OrderOrigin =
  | { kind: 'fair'; day: number }
  | { kind: 'follow-up'; lead: number; day: number; season: number }
  | { kind: 'regular' }
  | { kind: 'referral'; via: number };

export interface Order {
  id: number;
  supplier: number;
  account: number;
  season: number;
  /** 0 at the fair, 1..weeksAfter after it. */
  week: number;
  value: number;
  origin: OrderOrigin;
  /** True when the order arrived after the player was fired. */
  afterFired: boolean;
}

export type LeadStatus = 'open' | 'proposed' | 'won' | 'lost' | 'cold';

export interface Lead {
  id: number;
  supplier: number;
  account: number;
  season: number;
  day: number;
  quality: number;
  /** The need this conversation brought out most (index), or -1. */
  heard: number;
  status: LeadStatus;
  /** Week the proposal went out (-1 none) and week the customer decides. */
  proposedWeek: number;
  decideWeek: number;
}

/**
 * What a visitor shows at a booth: 'buying' asks about prices and delivery (most who came
 * ready to buy do, a few who did not); 'story' wants to tell what went wrong (pressure-averse
 * people who are not buying); 'looking' just looks around.
 */
export type Tell = 'buying' | 'story' | 'looking';

export type VisitorStatus = 'away' | 'walking' | 'queue' | 'talking' | 'gone';

export interface Talk {
  action: Action;
  /** Staff slot index at the booth, or -1 when the player handles it. */
  slot: number;
  start: number;
  end: number;
  /** True once the outcome has been applied (the player's choices resolve at once). */
  resolved: boolean;
}

export interface Visitor {
  id: number;
  account: number;
  day: number;
  /** Absolute fair ticks. */
  arrive: number;
  leave: number;
  status: VisitorStatus;
  booth: number;
  queuedAt: number;
  talk: Talk | null;
  /** Whether they came to the fair ready to buy (hidden: far enough through their cycle). */
  ready: boolean;
  /** What they show at a booth, the honest but imperfect sign of it (fair.ts `tellOf`). */
  tell: Tell;
  /** Bit per supplier: booths visited today. */
  visited: number;
  asked: boolean;
  /** Last outcome, for the picture: 1 delighted, 0 neutral, -1 irritated. */
  reaction: number;
}

export interface BoothFloor {
  /** Role of each staff slot on the floor and the visitor it handles (-1 free). */
  roles: Action[];
  busy: number[];
  /** Tick at which each slot last became free: the longest idle takes the next visitor. */
  freeSince: number[];
  queue: number[];
  /** Value signed at this booth today, cents. */
  soldToday: number;
}

export interface Plan {
  booth: BoothSizeName;
  focus: Focus;
  pitchers: number;
  listeners: number;
  showInnovations: boolean;
  revenueTarget: number;
  costCap: number;
  /** Whether we invited the CEO to the fair (a story moment of levels with ceo.visit). */
  inviteCeo: boolean;
}

/**
 * The CEO's visit to the fair when invited: whether he came, the fair ticks he stood at our
 * booth, what he saw there, and the patience it moved once he left (visit.ts).
 */
export interface CeoVisit {
  comes: boolean;
  start: number;
  end: number;
  talks: number;
  orders: number;
  annoyed: number;
  /** The patience his visit moved (0 until he left, or when he did not come). */
  move: number;
  judged: boolean;
}

export interface SeasonStats {
  season: number;
  plan: Plan;
  baseline: number;
  fairRevenue: number;
  weeklyRevenue: number[];
  costs: number;
  patienceStart: number;
  patienceEnd: number;
  conversations: number;
  pitches: number;
  questions: number;
  brochures: number;
  leads: number;
  followUps: number;
  /** What moved the CEO's patience and the team's mood this season, by cause (moves.ts). */
  moves: SeasonMoves;
  /** The CEO's visit to the fair, when we invited him (visit.ts), else null. */
  visit: CeoVisit | null;
  hash: string;
}

export type PatienceCause = 'promise' | 'fair' | 'visit' | 'weeks' | 'verdict' | 'cap';
export type MoodCause = 'conversations' | 'rejections' | 'orders' | 'ceo';

export interface SeasonMoves {
  patience: Record<PatienceCause, number>;
  mood: Record<MoodCause, number>;
}

export interface CompetitorSeasonStats {
  fairRevenue: number;
  /** What the fair cost this competitor (booth and the fair's week of staff), cents. */
  fairSpend: number;
  /** Revenue of this season's follow-ups of fair conversations, cents. */
  followUpRevenue: number;
  weeklyRevenue: number[];
  staffStart: number;
  staffEnd: number;
  layoffs: number;
}

export type NewsKind = 'layoff' | 'result' | 'ceo' | 'fired';

export interface News {
  season: number;
  week: number;
  kind: NewsKind;
  supplier: number;
  /** Staff laid off, revenue of the week, or the CEO's mood line index. */
  amount: number;
  /** For 'ceo': pleased | worried | angry | fairNothing | promise. */
  tone: string;
}

export interface Improvement {
  /** The season after which it was chosen (0-based). */
  season: number;
  choice: ImprovementChoice;
  /** The need whose fit improved, or -1. */
  need: number;
}

export interface SimState {
  simVersion: number;
  level: string;
  seed: string;
  rng: Streams;
  phase: Phase;
  /** 0-based season index. */
  season: number;
  /** Absolute fair tick during the fair; weeks done during the weeks after. */
  tick: number;
  week: number;
  accounts: Account[];
  /** Per account: weeks until its next regular purchase (≤ 0: due). */
  weeksUntil: number[];
  /** Per account: index of its current main supplier. */
  mainSupplier: number[];
  /** Accounts of each segment (derived at creation, kept for speed). */
  segmentMembers: number[][];
  suppliers: Supplier[];
  trust: number[];
  trustStart: number[];
  irritation: number[];
  buzz: number[];
  /** Account that told this account about this supplier (word of mouth), or -1. */
  womFrom: number[];
  knowledge: number[];
  /** This fair's visitors, sorted by arrival; `arrivals` of them have come in so far. */
  visitors: Visitor[];
  arrivals: number;
  /** Visitors in the hall now (walking, queueing or talking), in arrival order. */
  hall: number[];
  floors: BoothFloor[];
  leads: Lead[];
  /** Our orders, each with its origin (competitors' orders only count in their revenue). */
  orders: Order[];
  news: News[];
  plan: Plan | null;
  /** Cost of the improvement chosen at the last review, charged to the next season. */
  pendingCost: number;
  improvements: Improvement[];
  ceo: { patience: number };
  team: { mood: number; skill: number };
  fired: { season: number; week: number } | null;
  history: SeasonStats[];
  competitorHistory: CompetitorSeasonStats[][];
}
