// English words of the game's interface (level texts — story, needs, characters — live in the
// level files). Placeholders in braces, e.g. {day}, are filled by t(). nl.ts mirrors every key.
export const en = {
  app: {
    name: 'The Listening Booth',
    tagline: 'A trade fair game about what happens when you stop selling and start listening.',
  },
  boot: {
    loading: 'Setting up the hall…',
    failed: 'The game could not start: {reason}',
  },
};

/** The shape every dictionary has: the same keys, each a string. */
export type Dict = typeof en;
