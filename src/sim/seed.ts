// What a seed may look like: 1 to 64 letters, digits, '.', '_' or '-' — short enough to read
// out in a workshop, safe in a URL and a file name. The CLI and the game's URL share the rule.
const SEED = /^[A-Za-z0-9._-]{1,64}$/;

export function isValidSeed(seed: string): boolean {
  return SEED.test(seed);
}
