// The session store (zustand, vanilla): the one bridge between the simulation and what the
// player sees. It owns the game (sim state + command log), the screen, the settings, pause and
// speed, the visitor whose card is open, and the events the world has not drawn yet. Scenes
// and the DOM overlay read it and change things only through its actions; every player
// decision goes through dispatch(command). The game saves itself after every decision and,
// during the fair, every few seconds of play.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadShippedLevel } from '../levels/registry';
import type { Level } from '../levels/schema';
import type { Me, RoomInfo } from '../room/protocol';
import {
  type ApplyResult,
  apply,
  type BotName,
  botDecide,
  botStream,
  type Command,
  type CommandError,
  type Game,
  newGame,
  type RngState,
  type SimEvent,
} from '../sim';
import { msPerStep, RULE_WEEK_MS, stepsDue } from './pacing';
import { restartOnLevel } from './restart';
import { type CustomLevel, clearSave, type LevelCheck, readSave, type SavedScreen, writeSave } from './saves';
import { loadSettings, type Settings, saveSettings } from './settings';
import type { KeyValueStorage } from './storage';
import type { UrlProblem } from './url';
import { type RuleStop, ruleFollowUps, ruleStop, type WeeksRule } from './weeks-rule';

export type Screen = 'title' | 'briefing' | 'play' | 'debrief';
export type Overlay = 'none' | 'pause' | 'help' | 'settings';

export type Notice =
  | { kind: 'save-corrupt' | 'save-outdated' | 'save-newer' | 'save-unknown-level'; detail: string }
  | { kind: 'resumed' }
  | { kind: 'save-failed' }
  | { kind: 'url'; problem: UrlProblem }
  | { kind: 'level-invalid'; level: string; detail: string }
  | { kind: 'level-reloaded'; file: string; at: 'phase' | 'season' | 'start'; season: number }
  | { kind: 'link-level-broken'; detail: string }
  | { kind: 'room'; event: RoomEvent; detail?: string }
  | { kind: 'weeks-stopped'; reason: RuleStop };

/** What happened with the workshop room that the participant should know. */
export type RoomEvent = 'joined' | 'back' | 'ended' | 'server-copy' | 'refused' | 'gone';

/** The workshop room this device plays in, and how the link to the room server is. */
export interface RoomSeat {
  me: Me;
  info: RoomInfo;
  link: 'connecting' | 'online' | 'offline';
  /** Commands played here that the server has not acknowledged yet. */
  unsent: number;
}

export type { CustomLevel } from './saves';

/** A level file with problems, one line per problem as the command line prints them. */
export interface LevelReport {
  file: string;
  lines: string[];
  /** From the development server's watch on levels/ (fixed by saving the file again). */
  hot: boolean;
}

/** A level a link asks for while a game is in progress: it waits for the player's word. */
export interface LinkOffer {
  level: string;
  /** The link carries a level of its own (checked on arrival). */
  custom?: CustomLevel;
  seed: string | null;
  bot: BotName | null;
  max: boolean;
}

export interface BotRun {
  name: BotName;
  /** True: as many steps per frame as fit; false: the normal pace times the speed. */
  max: boolean;
  rng: RngState;
}

/**
 * What a decision did: the sim's answer (ok and steps, or why not) and the events it caused, so
 * a screen reads its own result here and never from the world's queue of undrawn events.
 */
export type Dispatched = ApplyResult & { events: readonly SimEvent[] };

export interface SessionState {
  screen: Screen;
  overlay: Overlay;
  settings: Settings;
  /** The level chosen on the title screen. */
  levelId: string;
  game: Game | null;
  /** Bumps on every change of the game, so subscribers can tell that something moved. */
  version: number;
  paused: boolean;
  /** The visitor whose conversation card is open (-1: none). The fair waits while it is. */
  selectedVisitor: number;
  /** Events the world has not drawn yet (drained by the scene each frame). */
  pending: SimEvent[];
  notices: Notice[];
  lastError: CommandError | null;
  bot: BotRun | null;
  /** Fraction of a simulation step of play not yet taken. */
  carry: number;
  /** 0..1 while the world prepares its art; 1 when the game can be shown. */
  bootProgress: number;
  /** A link's level waiting for the player to replace the game in progress (or not). */
  linkOffer: LinkOffer | null;
  /** The level last opened from a file or a link (offered on the title screen). */
  custom: CustomLevel | null;
  /** Whether the game in progress plays `custom` rather than a shipped level. */
  customGame: boolean;
  /** Level files that could not be used, with every problem (shown over the game). */
  levelReports: LevelReport[];
  /** The workshop room this device plays in (null: playing on one's own). */
  room: RoomSeat | null;
  /** A room code from a link or typed, waiting for a nickname or a personal code. */
  roomInvite: string | null;
  /** The follow-up rule playing the weeks after by itself (null: the player plays them). */
  weeksRule: WeeksRule | null;
  /** The rule the player set last (the weeks-after panel starts from it). */
  ruleDraft: WeeksRule | null;

  startLevel(levelId: string, seed?: string): boolean;
  /** Starts a level of one's own (already checked). */
  startCustom(custom: CustomLevel, seed?: string): void;
  /** A level file changed on disk (development): the game restarts on it where it can. */
  levelChanged(file: string, level: Level): void;
  /** Shows (lines) or clears (null) a level file's problems. */
  reportLevel(file: string, lines: string[] | null, hot?: boolean): void;
  beginPlay(): void;
  /** Applies a decision; says what happened: ok or why not, and the events it caused. */
  dispatch(cmd: Command): Dispatched;
  tick(ms: number): void;
  drainEvents(): SimEvent[];
  setPaused(paused: boolean): void;
  /** Saves now (the page is being hidden or closed): nothing played is lost. */
  saveNow(): void;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  selectVisitor(id: number): void;
  setOverlay(overlay: Overlay): void;
  toDebrief(): void;
  toTitle(): void;
  startBot(name: BotName, max: boolean): void;
  dismissNotice(index: number): void;
  dismissAllNotices(): void;
  addNotice(notice: Notice): void;
  setBootProgress(p: number): void;
  /** Opens a link's level: at once, or after asking when a game is in progress. */
  openLink(link: LinkOffer): void;
  /** The player's answer to the link offer: replace the game in progress, or keep it. */
  answerLink(replace: boolean): void;
  setRoom(room: RoomSeat | null): void;
  setRoomInvite(code: string | null): void;
  /** Continues a game that comes from elsewhere (the room's copy), at the screen that fits it. */
  adoptGame(game: Game): void;
  /** Lets the weeks after play themselves by this rule (this week's proposals go at once). */
  playWeeks(rule: WeeksRule): void;
  /** Back to playing the weeks by hand. */
  stopWeeks(): void;
}

export interface SessionOptions {
  storage: KeyValueStorage;
  defaults: Settings;
  /** Try to resume the saved game (the browser does; tests may not). */
  resume?: boolean;
  /** The level validator, for a save that carries a level of its own. */
  checkLevel?: LevelCheck;
}

/** Cap on events kept for drawing: a maxed-out bot must not grow memory without bound. */
const MAX_PENDING = 400;

export type SessionStore = StoreApi<SessionState>;

/**
 * The season (1-based) the workshop room holds this game at — its plan waits for the
 * trainer's release — or 0 when nothing is held.
 */
export function heldSeason(room: RoomSeat | null, g: Game | null): number {
  if (!room || !g || g.level.id !== room.info.level || g.state.seed !== room.info.seed) return 0;
  const season = g.state.season + 1;
  return g.state.phase === 'plan' && season > room.info.released ? season : 0;
}

const SAVE_NOTICE = {
  corrupt: 'save-corrupt',
  outdated: 'save-outdated',
  newer: 'save-newer',
  'unknown-level': 'save-unknown-level',
} as const;

export function levelById(id: string): Level | null {
  const res = loadShippedLevel(id);
  return res?.ok ? res.level : null;
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** Whether the game has ended (a function, so loops re-read the phase). */
function isOver(g: Game): boolean {
  return g.state.phase === 'ended';
}

export function createSession(opts: SessionOptions): SessionStore {
  const { storage } = opts;
  let lastSave = 0;
  let playedMs = 0;
  /** Whether the last save failed (the player has been told; told again after a success). */
  let saveFailing = false;

  return createStore<SessionState>((set, get) => {
    const save = (screen?: SavedScreen) => {
      const { game, screen: current, bot } = get();
      if (!game || bot) return;
      const s: SavedScreen = screen ?? (current === 'title' ? 'play' : current);
      const ok = writeSave(storage, game, s, get().customGame ? get().custom : null);
      lastSave = playedMs;
      if (!ok && !saveFailing) get().addNotice({ kind: 'save-failed' });
      saveFailing = !ok;
    };

    const applyAndCollect = (cmd: Command): Dispatched => {
      const { game, pending } = get();
      if (!game) return { ok: false, error: 'wrong-phase', events: [] };
      const events: SimEvent[] = [];
      const res = apply(game, cmd, events);
      if (!res.ok) {
        set({ lastError: res.error });
        return { ...res, events: [] };
      }
      const merged =
        pending.length + events.length > MAX_PENDING ? events.slice(-MAX_PENDING) : pending.concat(events);
      const phaseLeftFair = game.state.phase !== 'fair';
      set((st) => ({
        version: st.version + 1,
        pending: merged,
        lastError: null,
        selectedVisitor: phaseLeftFair ? -1 : st.selectedVisitor,
      }));
      return { ...res, events };
    };

    const initial = loadSettings(storage, opts.defaults);
    const notices: Notice[] = [];
    let game: Game | null = null;
    let screen: Screen = 'title';
    let levelId = 'tutorial';
    let custom: CustomLevel | null = null;
    if (opts.resume) {
      const loaded = readSave(storage, opts.checkLevel);
      if (loaded.ok) {
        game = loaded.game;
        screen = loaded.screen;
        levelId = loaded.game.level.id;
        custom = loaded.custom;
        notices.push({ kind: 'resumed' });
      } else if (loaded.reason !== 'none') {
        const kind = SAVE_NOTICE[loaded.reason];
        notices.push({ kind, detail: loaded.detail });
        clearSave(storage);
      }
    }

    return {
      screen,
      overlay: 'none',
      settings: initial,
      levelId,
      game,
      version: 0,
      paused: screen === 'play' && game?.state.phase === 'fair',
      selectedVisitor: -1,
      pending: [],
      notices,
      lastError: null,
      bot: null,
      carry: 0,
      bootProgress: 0,
      linkOffer: null,
      custom,
      customGame: custom !== null,
      levelReports: [],
      room: null,
      roomInvite: null,
      weeksRule: null,
      ruleDraft: null,

      startLevel(id, seed) {
        const level = levelById(id);
        if (!level) {
          get().addNotice({ kind: 'level-invalid', level: id, detail: 'unknown or invalid level' });
          return false;
        }
        begin(newGame(level, seed ?? level.defaultSeed), false);
        return true;
      },

      startCustom(c, seed) {
        set({ custom: c });
        begin(newGame(c.level, seed ?? c.level.defaultSeed), true);
      },

      levelChanged(file, level) {
        get().reportLevel(file, null);
        const st = get();
        const mine = st.custom !== null && baseName(st.custom.file) === baseName(file);
        if (mine && st.custom) set({ custom: { file: st.custom.file, level } });
        const g = st.game;
        const plays = st.customGame ? mine : file === `levels/${g?.level.id}.json`;
        if (!g || !plays || st.bot) return;
        const r = restartOnLevel(g, level);
        set((s) => ({
          game: r.game,
          version: s.version + 1,
          selectedVisitor: -1,
          pending: [],
          carry: 0,
          lastError: null,
          paused: s.screen === 'play' && r.game.state.phase === 'fair',
        }));
        get().addNotice({ kind: 'level-reloaded', file, at: r.at, season: r.season + 1 });
        save();
      },

      reportLevel(file, lines, hot = false) {
        const rest = get().levelReports.filter((r) => r.file !== file);
        set({ levelReports: lines ? [...rest, { file, lines, hot }] : rest });
      },

      beginPlay() {
        set({ screen: 'play', overlay: 'none' });
        save('play');
      },

      dispatch(cmd) {
        if (cmd.type === 'plan' && heldByRoom()) return { ok: false, error: 'wrong-phase', events: [] };
        const res = applyAndCollect(cmd);
        if (res.ok) save();
        return res;
      },

      tick(ms) {
        const st = get();
        const g = st.game;
        if (!g || st.screen !== 'play' || st.overlay !== 'none') return;
        const phase = g.state.phase;
        if (st.bot) {
          runBotFor(ms);
          return;
        }
        if (st.weeksRule && phase !== 'after') set({ weeksRule: null });
        else if (st.weeksRule) {
          if (!st.paused) runWeeksFor(ms);
          return;
        }
        if (phase !== 'fair' || st.paused || st.selectedVisitor >= 0) return;
        playedMs += ms;
        const { steps, carry } = stepsDue(st.carry, ms, msPerStep('fair', st.settings.speed), 8);
        set({ carry });
        if (steps > 0) applyAndCollect({ type: 'advance', steps });
        if (g.state.phase !== 'fair' || playedMs - lastSave > 3000) save();
      },

      drainEvents() {
        const { pending } = get();
        if (pending.length) set({ pending: [] });
        return pending;
      },

      playWeeks(rule) {
        const g = get().game;
        if (g?.state.phase !== 'after' || get().bot) return;
        set({ weeksRule: rule, ruleDraft: rule, carry: 0, paused: false });
        for (const cmd of ruleFollowUps(g, rule)) applyAndCollect(cmd);
        save();
      },

      stopWeeks() {
        set({ weeksRule: null });
      },

      setPaused(paused) {
        set({ paused });
        if (paused) save();
      },

      saveNow() {
        if (get().screen !== 'title') save();
      },

      setSetting(key, value) {
        const settings = { ...get().settings, [key]: value };
        saveSettings(storage, settings);
        set({ settings });
      },

      selectVisitor(id) {
        set({ selectedVisitor: id });
      },

      setOverlay(overlay) {
        set({ overlay });
      },

      toDebrief() {
        set({ screen: 'debrief', overlay: 'none' });
        save('debrief');
      },

      toTitle() {
        save();
        set({
          screen: 'title',
          overlay: 'none',
          selectedVisitor: -1,
          bot: null,
          pending: [],
          weeksRule: null,
        });
      },

      startBot(name, max) {
        const g = get().game;
        if (!g) return;
        set({
          bot: { name, max, rng: botStream(g.state.seed, name) },
          screen: 'play',
          paused: false,
          carry: 0,
          weeksRule: null,
        });
      },

      dismissNotice(index) {
        set((st) => ({ notices: st.notices.filter((_, i) => i !== index) }));
      },

      dismissAllNotices() {
        set({ notices: [] });
      },

      addNotice(notice) {
        set((st) => ({ notices: [...st.notices, notice] }));
      },

      setBootProgress(p) {
        set({ bootProgress: Math.max(0, Math.min(1, p)) });
      },

      openLink(link) {
        const g = get().game;
        if (g && g.state.phase !== 'ended' && g.log.length > 0 && !get().bot) {
          set({ linkOffer: link, screen: 'title', overlay: 'none' });
          return;
        }
        openLinked(link);
      },

      answerLink(replace) {
        const link = get().linkOffer;
        set({ linkOffer: null });
        if (replace && link) openLinked(link);
      },

      setRoom(room) {
        set({ room });
      },

      setRoomInvite(roomInvite) {
        set({ roomInvite });
      },

      adoptGame(g) {
        const screen: Screen =
          g.log.length === 0 ? 'briefing' : g.state.phase === 'ended' ? 'debrief' : 'play';
        set({ custom: null });
        begin(g, false);
        if (screen !== 'briefing') set({ screen, paused: screen === 'play' && g.state.phase === 'fair' });
        save();
      },
    };

    function heldByRoom(): boolean {
      const { room, game: g } = get();
      return heldSeason(room, g) > 0;
    }

    /** A new game on the briefing screen, saved at once. */
    function begin(g: Game, isCustom: boolean): void {
      set((st) => ({
        game: g,
        levelId: g.level.id,
        customGame: isCustom,
        screen: 'briefing',
        overlay: 'none',
        version: st.version + 1,
        paused: false,
        selectedVisitor: -1,
        pending: [],
        bot: null,
        carry: 0,
        lastError: null,
      }));
      save('briefing');
    }

    function openLinked(link: LinkOffer): void {
      const st = get();
      if (link.custom) st.startCustom(link.custom, link.seed ?? undefined);
      else if (!st.startLevel(link.level, link.seed ?? undefined)) return;
      if (!link.bot) return;
      st.beginPlay();
      st.startBot(link.bot, link.max);
    }

    /** The player's rule plays the weeks: one week per due step, then next week's proposals. */
    function runWeeksFor(ms: number): void {
      const st = get();
      const g = st.game;
      const rule = st.weeksRule;
      if (!g || !rule) return;
      const { steps, carry } = stepsDue(st.carry, ms, RULE_WEEK_MS / Math.max(1, st.settings.speed), 2);
      set({ carry });
      for (let i = 0; i < steps; i++) {
        const before = g.state.ceo.patience;
        applyAndCollect({ type: 'advance', steps: 1 });
        const stop = ruleStop(g, rule, before);
        if (g.state.phase !== 'after' || stop) {
          set({ weeksRule: null });
          if (stop) get().addNotice({ kind: 'weeks-stopped', reason: stop });
          break;
        }
        for (const cmd of ruleFollowUps(g, rule)) applyAndCollect(cmd);
      }
      if (steps > 0) save();
    }

    /**
     * A bot plays on screen: at the normal pace one fair tick or one decision per due step;
     * with `max`, as many steps as fit in a few milliseconds of each frame.
     */
    function runBotFor(ms: number): void {
      const st = get();
      const g = st.game;
      const bot = st.bot;
      if (!g || !bot || isOver(g) || st.paused) return;
      const events: SimEvent[] = [];
      if (bot.max) {
        const start = performance.now();
        while (!isOver(g) && performance.now() - start < 6) {
          botDecide(g, bot.name, bot.rng, { events, fairTicks: 8 });
        }
      } else {
        const { steps, carry } = stepsDue(st.carry, ms, msPerStep(g.state.phase, st.settings.speed), 8);
        set({ carry });
        for (let i = 0; i < steps && !isOver(g); i++) {
          botDecide(g, bot.name, bot.rng, { events, fairTicks: 1 });
        }
      }
      set((s) => ({
        version: s.version + 1,
        pending:
          s.pending.length + events.length > MAX_PENDING
            ? events.slice(-MAX_PENDING)
            : s.pending.concat(events),
      }));
    }
  });
}
