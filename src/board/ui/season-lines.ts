// One line per season of a run ("Season 1: fair …, after …, profit …, patience …"), for the
// board's one-run print and the replay viewer's panel.
import { money } from '../../i18n/format';
import type { Game } from '../../sim';
import type { Lang } from '../../store/settings';
import type { T } from './lang';

export function seasonLines(game: Game, t: T, lang: Lang): string[] {
  return game.state.history.map((s) => {
    const after = s.weeklyRevenue.reduce((x, y) => x + y, 0);
    return t('board.seasonRow', {
      n: s.season + 1,
      fair: money(s.fairRevenue, lang),
      after: money(after, lang),
      profit: money(s.fairRevenue + after - s.costs, lang),
      patience: Math.round(s.patienceEnd),
    });
  });
}
