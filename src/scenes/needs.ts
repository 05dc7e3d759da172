// Need icons: the level names its needs by id; known ids get their own drawn icon, any other
// id the generic one. Also which need a visitor hints at (their heaviest).

export const NEED_ICONS = ['uptime', 'service', 'cost', 'simple', 'features', 'generic'] as const;
export type NeedIcon = (typeof NEED_ICONS)[number];

const ALIASES: Record<string, NeedIcon> = {
  uptime: 'uptime',
  reliability: 'uptime',
  reliable: 'uptime',
  service: 'service',
  support: 'service',
  cost: 'cost',
  price: 'cost',
  costs: 'cost',
  simple: 'simple',
  ease: 'simple',
  easy: 'simple',
  simplicity: 'simple',
  features: 'features',
  innovation: 'features',
  novelty: 'features',
};

/** The icon drawn for a need id. */
export function needIcon(id: string): NeedIcon {
  return ALIASES[id.toLowerCase()] ?? 'generic';
}

/** Index of the heaviest need (first on ties), or -1 for an empty list. */
export function topNeedIndex(needs: readonly number[]): number {
  let best = -1;
  let bestW = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < needs.length; i++) {
    const w = needs[i] as number;
    if (w > bestW) {
      bestW = w;
      best = i;
    }
  }
  return best;
}
