// What a customer remembers of us when they step up to our booth: a proposal of ours they
// accepted after an earlier fair, a pitch that still annoys them, a conversation with us in an
// earlier season, or simply that we are their supplier. A read-only query for the card's
// opening line; it changes nothing and draws no random number.
import { rel, US } from './context';
import type { SimState } from './state';

export type Memory = 'proposal' | 'pitched' | 'talked' | 'loyal';

/** Irritation with us from which a visitor brings up how we treated them. */
const STILL_ANNOYED = 0.15;

/** What an account remembers of us, the strongest memory first, or null when nothing. */
export function accountMemory(s: SimState, account: number): Memory | null {
  if (!s.accounts[account]) return null;
  let talked = false;
  for (const lead of s.leads) {
    if (lead.account !== account || lead.supplier !== US || lead.season >= s.season) continue;
    if (lead.status === 'won') return 'proposal';
    talked = true;
  }
  if ((s.irritation[rel(s, account, US)] ?? 0) >= STILL_ANNOYED) return 'pitched';
  if (talked) return 'talked';
  return s.mainSupplier[account] === US ? 'loyal' : null;
}
