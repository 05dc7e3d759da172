// Type of the build-time module of validated shipped levels (see levels-plugin.ts).
declare module 'virtual:shipped-levels' {
  import type { Level } from './schema';

  const levels: Record<string, Level>;
  export default levels;
  /** While serving: the shipped level files that failed their checks, with their problems. */
  export const problems: Record<string, string[]>;
}
