// The names of the bots, in one place: the bots themselves (bots.ts), the level checks (a
// claim may name only these) and the screens read this list.
export const BOT_NAMES = [
  'pusher',
  'listener',
  'balanced',
  'listener-no-followup',
  'listener-bold',
  'attentive',
  'idle',
  'random',
] as const;
export type BotName = (typeof BOT_NAMES)[number];

export function isBotName(x: string): x is BotName {
  return (BOT_NAMES as readonly string[]).includes(x);
}
