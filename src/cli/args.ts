// Command-line flags: --name value, --name=value and boolean switches, checked against
// what each command accepts. Unknown or malformed flags are bad input (exit 2).

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagSpec {
  readonly [name: string]: 'string' | 'boolean';
}

export interface Parsed {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean>>;
}

export function parseArgs(args: readonly string[], spec: FlagSpec): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let k = 0; k < args.length; k += 1) {
    const arg = args[k];
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown flag --${name}`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++k];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { positional, flags };
}

/** A whole number within [min, max] from a flag, or a UsageError naming the flag. */
export function intFlag(
  flags: Parsed['flags'],
  name: string,
  min: number,
  max: number,
): number | null {
  const raw = flags[name];
  if (raw === undefined) return null;
  const value = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

export function numberFlag(
  flags: Parsed['flags'],
  name: string,
  min: number,
  max: number,
): number | null {
  const raw = flags[name];
  if (raw === undefined) return null;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(
      `--${name} must be a number from ${min} to ${max}, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}
