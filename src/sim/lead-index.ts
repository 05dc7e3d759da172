// Finding the open lead of this season that an account has with a supplier, without scanning
// the season's leads at every conversation: an index kept beside the state, never in it (keyed
// by the state's own leads list, so a restored or copied state simply gets a new one). Leads
// are only ever appended; the index is checked against the list on every use and rebuilt when
// the list is shorter or the season has moved on, so it returns exactly what the scan did.
import { seasonStart } from './context';
import type { Lead, SimState } from './state';

interface LeadIndex {
  season: number;
  /** Where the season's leads begin in the list, and how many of the list are indexed. */
  from: number;
  upTo: number;
  /** account × suppliers + supplier → the latest lead of the season with that pair. */
  latest: Map<number, Lead>;
}

const indexes = new WeakMap<Lead[], LeadIndex>();

function indexOf(s: SimState): LeadIndex {
  const { leads } = s;
  let index = indexes.get(leads);
  if (!index || index.season !== s.season || index.upTo > leads.length) {
    const from = seasonStart(leads, s.season);
    index = { season: s.season, from, upTo: from, latest: new Map() };
    indexes.set(leads, index);
  }
  const S = s.suppliers.length;
  for (let i = index.upTo; i < leads.length; i++) {
    const lead = leads[i] as Lead;
    index.latest.set(lead.account * S + lead.supplier, lead);
  }
  index.upTo = leads.length;
  return index;
}

/**
 * The latest open lead of this season between account `a` and supplier `sup`, or null: what
 * scanning the season's leads from the newest back finds.
 */
export function openLeadOf(s: SimState, a: number, sup: number): Lead | null {
  const index = indexOf(s);
  const lead = index.latest.get(a * s.suppliers.length + sup);
  if (!lead) return null;
  if (lead.status === 'open') return lead;
  // The pair's newest lead is closed; an older one may still be open (not so in play today).
  for (let i = s.leads.length - 1; i >= index.from; i--) {
    const l = s.leads[i] as Lead;
    if (l.account === a && l.supplier === sup && l.status === 'open') return l;
  }
  return null;
}
