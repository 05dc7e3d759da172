// The fair panel's read of the game: what our booth has taken so far this fair — leads, orders
// signed on the fair day and their value — which the panel announces as it grows.
import type { Game } from '../sim';
import { perRevision } from './memo';
import { ourLeads } from './selectors';

export interface FairTakings {
  leads: number;
  orders: number;
  /** Value of those orders, cents. */
  value: number;
}

export const fairTakings = perRevision((game: Game): Readonly<FairTakings> => {
  const s = game.state;
  let orders = 0;
  let value = 0;
  for (const o of s.orders) {
    if (o.season === s.season && o.week === 0) {
      orders++;
      value += o.value;
    }
  }
  return { leads: ourLeads(game).length, orders, value };
});
