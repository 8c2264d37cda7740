// The SDK `name` query parameter: "app.cpu{env=prod,region=eu}". The part before the braces is the
// application; a known profile-type suffix (".cpu", ".alloc_objects", …) is split off it; the braces hold
// comma-separated key=value labels.
import { invalidArgument } from '../util/errors.ts';
import { quote } from './validate.ts';

/** The profile name, sample type and unit Pyroscope gives each known suffix (text formats). */
export interface SuffixType {
  metric: string;
  sampleType: string;
  unit: string;
}

const T = (metric: string, sampleType: string, unit: string): SuffixType => ({ metric, sampleType, unit });
export const SUFFIX_TYPES: Readonly<Record<string, SuffixType>> = {
  cpu: T('process_cpu', 'samples', 'count'),
  itimer: T('process_cpu', 'samples', 'count'),
  wall: T('wall', 'samples', 'count'),
  inuse_objects: T('memory', 'inuse_objects', 'count'),
  inuse_space: T('memory', 'inuse_space', 'bytes'),
  alloc_objects: T('memory', 'alloc_objects', 'count'),
  alloc_space: T('memory', 'alloc_space', 'bytes'),
  goroutines: T('goroutine', 'goroutines', 'count'),
  mutex_count: T('mutex', 'contentions', 'count'),
  mutex_duration: T('mutex', 'delay', 'nanoseconds'),
  block_count: T('block', 'contentions', 'count'),
  block_duration: T('block', 'delay', 'nanoseconds'),
  lock_count: T('block', 'contentions', 'count'),
  lock_duration: T('block', 'delay', 'nanoseconds'),
  alloc_in_new_tlab_objects: T('memory', 'alloc_in_new_tlab_objects', 'count'),
  alloc_in_new_tlab_bytes: T('memory', 'alloc_in_new_tlab_bytes', 'bytes'),
  alloc_outside_tlab_objects: T('memory', 'alloc_outside_tlab_objects', 'count'),
  alloc_outside_tlab_bytes: T('memory', 'alloc_outside_tlab_bytes', 'bytes'),
  live: T('memory', 'live', 'count'),
  exceptions: T('exceptions', 'samples', 'count'),
  seconds: T('wall', 'samples', 'count'),
  milliseconds: T('wall', 'samples', 'count'),
  microseconds: T('wall', 'samples', 'count'),
  nanoseconds: T('wall', 'samples', 'count'),
  bytes: T('memory', 'samples', 'bytes'),
};

export interface AppName {
  /** The application (service_name), without a known suffix. */
  app: string;
  /** The known suffix that was split off ("cpu" when there was none). */
  suffix: string;
  hadSuffix: boolean;
  labels: Array<{ name: string; value: string }>;
}

export const MAX_NAME_LENGTH = 65_536;

export function parseAppName(name: string | null): AppName {
  if (name === null || name.trim() === '') throw invalidArgument('query parameter "name" is required (e.g. name=app.cpu{env=prod})');
  if (name.length > MAX_NAME_LENGTH) throw invalidArgument(`query parameter "name" is ${name.length} characters long: limit ${MAX_NAME_LENGTH} exceeded`, 400);
  const brace = name.indexOf('{');
  let base = (brace < 0 ? name : name.slice(0, brace)).trim();
  if (base.includes('}')) throw invalidArgument(`query parameter "name" has a "}" without an opening "{": ${quote(name)}`);
  const labels: AppName['labels'] = [];
  if (brace >= 0) {
    // Strict where Pyroscope's parser (og/storage/segment/key.go ParseKey) is lenient: it ignores whatever
    // follows the first "}", so "app{a=b}}" would silently mean a=b (and a looser parser stores "b}"), and
    // it keeps the last of duplicate names. Here each of those is a 400 saying what is wrong.
    const close = name.indexOf('}', brace);
    if (close < 0) throw invalidArgument(`query parameter "name" has an unclosed label list: ${quote(name)}`);
    if (close !== name.length - 1) throw invalidArgument(`query parameter "name" has ${quote(name.slice(close + 1), 40)} after the "}" that closes its label list: ${quote(name)}`);
    const inner = name.slice(brace + 1, close);
    if (inner.includes('{')) throw invalidArgument(`query parameter "name" has a "{" inside its label list: ${quote(name)}`);
    const seen = new Set<string>();
    for (const pair of inner.split(',')) {
      if (pair.trim() === '') continue; // "{}" and a trailing comma, as Pyroscope accepts them
      const eq = pair.indexOf('=');
      if (eq < 0) throw invalidArgument(`label ${quote(pair.trim())} in "name" is not key=value`);
      const key = pair.slice(0, eq).trim();
      let value = pair.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (seen.has(key)) throw invalidArgument(`label name ${quote(key)} appears twice in query parameter "name": ${quote(name)}`);
      seen.add(key);
      labels.push({ name: key, value });
    }
  }
  if (base === '') throw invalidArgument(`query parameter "name" has no application name: ${quote(name)}`);
  const dot = base.lastIndexOf('.');
  const candidate = dot >= 0 ? base.slice(dot + 1) : '';
  if (dot > 0 && Object.hasOwn(SUFFIX_TYPES, candidate)) {
    base = base.slice(0, dot);
    return { app: base, suffix: candidate, hadSuffix: true, labels };
  }
  return { app: base, suffix: 'cpu', hadSuffix: false, labels };
}
