// Command-line arguments for the tools in src/cli: `--name value` and `--flag` pairs checked
// against a small spec; `--help` prints the help; anything wrong prints one line and the
// usage line on stderr and exits 2 (the contract of DESIGN.md §5).
export type ArgKind = 'string' | 'int' | 'flag';
export type ArgSpec = Record<string, ArgKind>;
export interface Args {
  /** Positional arguments. */
  _: string[];
  /** Options by name. */
  opts: Record<string, string | number | boolean | undefined>;
}

/** Prints a one-line error and the usage line, and exits 2. */
export function usageError(message: string, usage: string): never {
  process.stderr.write(`error: ${message}\n${usage}\n`);
  process.exit(2);
}

export function parseArgs(argv: string[], spec: ArgSpec, usage: string, help: string): Args {
  const out: Args = { _: [], opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${help}\n`);
      process.exit(0);
    }
    if (!arg.startsWith('--')) {
      out._.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const kind = spec[name];
    if (!kind) usageError(`unknown option --${name}`, usage);
    if (kind === 'flag') {
      if (eq > 0) usageError(`--${name} takes no value`, usage);
      out.opts[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      usageError(`--${name} needs a value`, usage);
    if (kind === 'int') {
      if (!/^\d+$/.test(value)) usageError(`--${name} expects a whole number, got "${value}"`, usage);
      out.opts[name] = Number(value);
    } else out.opts[name] = value;
  }
  return out;
}
