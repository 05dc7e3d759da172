// The summary's fields (DESIGN.md §5, the command-line contract), sorted: one list for the
// library's tests and the CLI's.
export const SUMMARY_SHAPE = {
  top: ['bot', 'competitors', 'fired', 'hash', 'level', 'seasons', 'seed', 'simVersion', 'totals'],
  season: ['afterFairRevenue', 'ceoPatience', 'fairRevenue', 'hash', 'profit', 'revenue', 'weeklyRevenue'],
  competitor: ['id', 'seasons'],
  competitorSeason: [
    'fairPaid',
    'fairRevenue',
    'fairSpend',
    'layoffs',
    'revenue',
    'staffEnd',
    'staffStart',
    'weeklyRevenue',
  ],
  totals: ['afterFairRevenue', 'fairRevenue', 'profit', 'revenue'],
} as const;
