// Type of the build-time module of validated shipped levels (see levels-plugin.ts).
declare module 'virtual:shipped-levels' {
  import type { Level } from './schema';

  const levels: Record<string, Level>;
  export default levels;
}
