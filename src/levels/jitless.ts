// Imported before the schema wherever the level checker runs in the browser: the game's
// Content-Security-Policy forbids eval, so zod must not compile parsers with it, nor even
// probe whether it may (a refused probe is reported as a policy violation).
import { z } from 'zod';

z.config({ jitless: true });
