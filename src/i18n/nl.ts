// Nederlandse woorden van de interface; dezelfde sleutels als en.ts (de typechecker bewaakt dat).
import type { Dict } from './en';

export const nl: Dict = {
  app: {
    name: 'De Luisterstand',
    tagline: 'Een beursspel over wat er gebeurt als je stopt met verkopen en begint met luisteren.',
  },
  boot: {
    loading: 'De hal wordt ingericht…',
    failed: 'Het spel kon niet starten: {reason}',
  },
};
