// A small typed flag registry shared by every program of the project.
//
// Each component declares its flags once, with default and help side by side, and gets back a typed
// getter; `parse` reads argv (`-name=value`, `-name value`, `--name`, booleans as `-name` or
// `-name=false`) with environment overrides (`-ingester.ring.heartbeat-period` ↔
// `INGESTER_RING_HEARTBEAT_PERIOD`, optionally prefixed), and `help` prints what a user needs.

export type FlagKind = 'string' | 'int' | 'float' | 'bool' | 'duration' | 'bytes' | 'list';

interface FlagDef<T> {
  name: string;
  kind: FlagKind;
  help: string;
  defaultValue: T;
  aliases: string[];
  validate?: (value: T) => string | undefined;
}

export class FlagError extends Error {}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** Parses Go-style durations ("5s", "1m30s", "250ms", "1h") into milliseconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2]!] ?? 0);
    consumed = re.lastIndex;
  }
  if (consumed !== trimmed.length || trimmed.length === 0) throw new FlagError(`invalid duration "${text}" (examples: 250ms, 5s, 1m, 1h30m)`);
  return total;
}

/** Parses sizes ("4MiB", "16mb", "1024") into bytes. */
export function parseBytes(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = BYTE_UNITS[(m?.[2] ?? 'x').toLowerCase()];
  if (!m || unit === undefined) throw new FlagError(`invalid size "${text}" (examples: 4MiB, 512KiB, 1048576)`);
  return Math.round(Number(m[1]) * unit);
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0 && ms > 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

type ValueOf<K extends FlagKind> = K extends 'string' ? string : K extends 'bool' ? boolean : K extends 'list' ? string[] : number;

export class FlagSet {
  private readonly defs = new Map<string, FlagDef<unknown>>();
  private readonly aliasToName = new Map<string, string>();
  private readonly values = new Map<string, unknown>();
  private changes = 0;

  constructor(readonly program: string, readonly description: string, private readonly envPrefix = '') {}

  /** Declares a flag and returns a getter for its parsed value. */
  define<K extends FlagKind>(
    name: string,
    kind: K,
    defaultValue: ValueOf<K>,
    help: string,
    options: { aliases?: string[]; validate?: (value: ValueOf<K>) => string | undefined } = {},
  ): () => ValueOf<K> {
    if (this.defs.has(name)) throw new Error(`flag -${name} declared twice`);
    this.defs.set(name, { name, kind, help, defaultValue, aliases: options.aliases ?? [], validate: options.validate as FlagDef<unknown>['validate'] });
    for (const alias of options.aliases ?? []) this.aliasToName.set(alias, name);
    return () => (this.values.has(name) ? this.values.get(name) : defaultValue) as ValueOf<K>;
  }

  /** Parses argv and the environment; throws FlagError naming the flag on bad input. Returns leftover args. */
  parse(argv: string[], env: NodeJS.ProcessEnv = {}): string[] {
    for (const def of this.defs.values()) {
      const envName = this.envPrefix + def.name.replace(/[.-]/g, '_').toUpperCase();
      const fromEnv = env[envName];
      if (fromEnv !== undefined) this.set(def, fromEnv, `environment variable ${envName}`);
    }
    const rest: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (!arg.startsWith('-') || arg === '-' || arg === '--') {
        rest.push(arg);
        continue;
      }
      const body = arg.replace(/^--?/, '');
      const eq = body.indexOf('=');
      const key = eq >= 0 ? body.slice(0, eq) : body;
      if (key === 'help' || key === 'h') throw new HelpRequested(this.help());
      const def = this.defs.get(this.aliasToName.get(key) ?? key);
      if (!def) throw new FlagError(`unknown flag -${key} (see -help)`);
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (def.kind === 'bool') value = 'true';
      else {
        const next = argv[++i];
        if (next === undefined) throw new FlagError(`flag -${key} needs a value`);
        value = next;
      }
      this.set(def, value, `flag -${def.name}`);
    }
    for (const def of this.defs.values()) {
      const problem = def.validate?.(this.values.has(def.name) ? this.values.get(def.name) : def.defaultValue);
      if (problem) throw new FlagError(`invalid -${def.name}: ${problem}`);
    }
    return rest;
  }

  /**
   * A getter of what `read` derives from several flags, read again only after a flag is set: one frozen object while no
   * flag changes, for what a request reads several times (the limits, the distributor's batching).
   */
  derived<T extends object>(read: () => T): () => Readonly<T> {
    let current: Readonly<T> | undefined;
    let at = -1;
    return () => {
      if (current === undefined || at !== this.changes) {
        current = Object.freeze(read());
        at = this.changes;
      }
      return current;
    };
  }

  /** Whether the flag was given (on the command line or in the environment) rather than left at its default. */
  isSet(name: string): boolean {
    return this.values.has(name);
  }

  /** Sets a value programmatically (tests build configs this way, from the same defaults). */
  override(name: string, value: unknown): this {
    if (!this.defs.has(name)) throw new Error(`unknown flag -${name}`);
    this.values.set(name, value);
    this.changes++;
    return this;
  }

  help(): string {
    const lines = [`Usage: ${this.program} [flags]`, '', this.description, '', 'Flags:'];
    const sorted = [...this.defs.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const def of sorted) {
      const aliases = def.aliases.length ? ` (alias: ${def.aliases.map((a) => '-' + a).join(', ')})` : '';
      lines.push(`  -${def.name} ${def.kind === 'bool' ? '' : def.kind}${aliases}`);
      lines.push(`      ${def.help} (default ${this.renderDefault(def)})`);
    }
    lines.push('', `Every flag can also be set from the environment: -a.b-c as ${this.envPrefix}A_B_C.`);
    return lines.join('\n');
  }

  private renderDefault(def: FlagDef<unknown>): string {
    const v = def.defaultValue;
    if (def.kind === 'duration') return formatDuration(v as number);
    if (def.kind === 'list') return JSON.stringify((v as string[]).join(','));
    return JSON.stringify(v);
  }

  private set(def: FlagDef<unknown>, raw: string, source: string): void {
    try {
      this.values.set(def.name, convert(def.kind, raw));
      this.changes++;
    } catch (err) {
      throw new FlagError(`${source}: ${(err as Error).message}`);
    }
  }
}

export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super('help requested');
  }
}

function convert(kind: FlagKind, raw: string): unknown {
  switch (kind) {
    case 'string':
      return raw;
    case 'int': {
      if (!/^-?\d+$/.test(raw.trim())) throw new FlagError(`"${raw}" is not an integer`);
      return Number(raw);
    }
    case 'float': {
      const n = Number(raw);
      if (!Number.isFinite(n) || raw.trim() === '') throw new FlagError(`"${raw}" is not a number`);
      return n;
    }
    case 'bool':
      if (/^(true|1|yes)$/i.test(raw)) return true;
      if (/^(false|0|no)$/i.test(raw)) return false;
      throw new FlagError(`"${raw}" is not a boolean`);
    case 'duration':
      return parseDuration(raw);
    case 'bytes':
      return parseBytes(raw);
    case 'list':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
  }
}
