// POST /ingest, as the Pyroscope SDKs send it, turned into a push.v1 PushRequest (then the common path).
//
// Query: name=app.cpu{k=v,…}, from/until (Unix seconds; ms/µs/ns are recognised by magnitude), sampleRate
// (Hz, default 100), spyName, format (pprof | folded | lines; default pprof for multipart bodies, else folded).
// format=pprof: the body is the pprof itself (application/octet-stream, gzip'd or not: what @pyroscope/nodejs
// sends) or multipart/form-data with `profile`, optional `sample_type_config` and `prev_profile`, which
// Pyroscope v1 refuses (cumulative profiles from outdated clients) and so do we, with a message saying so.
// sample_type_config (JSON keyed by sample type) renames sample types through "display-name" only for
// naming the profile, as Pyroscope v1 does: pyroscope-go sends {contentions: {display-name: mutex_count},
// delay: {display-name: mutex_duration}} for mutex profiles, which makes __name__ "mutex" while the sample
// types stay contentions/delay, so the profile type is mutex:contentions:count:contentions:count, the ID
// Grafana and Pyroscope clients query. Rewriting the pprof's sample types (or dropping unlisted ones, as
// the pre-v1 server did) would store them under IDs nobody asks for, so the pprof is kept as sent.
// Series labels (as Pyroscope's ingest adapter): __name__ (from the sample types for pprof, from the name's
// suffix for text formats), __delta__=false, service_name=app, pyroscope_spy=spyName ("unknown" when not
// given), and the name's labels
// except reserved "__" names.
import { Profile } from 'pprof-format';
import { push } from '../gen/index.ts';
import { LabelNames } from '../model/labels.ts';
import { invalidArgument } from '../util/errors.ts';
import { decodeProfile } from '../pprof/decoder.ts';
import { inflateProfile } from '../pprof/inflate.ts';
import { millisAsNanos } from '../pprof/varint.ts';
import { parseAppName, SUFFIX_TYPES, type AppName } from './app-name.ts';
import { defaultLimits, type Limits } from './limits.ts';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import { decodeLimitsOf, hasTime, inflateWithin, requestBudget } from './normalize.ts';
import { profileNameForSampleTypes } from './profile-name.ts';
import { textToPprof } from './text-formats.ts';

export const SPY_LABEL = 'pyroscope_spy';
const UNSUPPORTED_MEDIA_TYPE = 415;

type LabelPair = { name: string; value: string };

export function parseIngestRequest(query: URLSearchParams, contentType: string, body: Buffer, receivedAtMs: number, limits: Limits = defaultLimits): push.v1.PushRequest {
  const name = parseAppName(query.get('name'));
  const fromMs = parseTime(query.get('from'), 'from') ?? receivedAtMs;
  const untilMs = parseTime(query.get('until'), 'until') ?? fromMs;
  const sampleRate = parseSampleRate(query.get('sampleRate'));
  const spyName = query.get('spyName') || 'unknown'; // Pyroscope labels agents that do not say as "unknown"
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const multipart = mediaType === 'multipart/form-data';
  const format = (query.get('format') ?? (multipart ? 'pprof' : 'folded')).toLowerCase();
  if (body.length === 0) throw invalidArgument('empty body: nothing to ingest');

  let raw: Uint8Array;
  let metric: string;
  if (format === 'pprof') {
    if (!multipart && !['', 'application/octet-stream', 'binary/octet-stream', 'application/x-protobuf', 'application/protobuf'].includes(mediaType)) {
      throw invalidArgument(`content type ${JSON.stringify(contentType)} is not accepted for format=pprof (send application/octet-stream or multipart/form-data)`, UNSUPPORTED_MEDIA_TYPE);
    }
    ({ raw, metric } = pprofFromBody(body, multipart ? contentType : undefined, fromMs, spyName, limits));
  } else if (format === 'folded' || format === 'lines') {
    if (!['', 'text/plain', 'application/octet-stream', 'binary/octet-stream', 'application/x-www-form-urlencoded'].includes(mediaType)) {
      throw invalidArgument(`content type ${JSON.stringify(contentType)} is not accepted for format=${format} (send text/plain)`, UNSUPPORTED_MEDIA_TYPE);
    }
    const type = SUFFIX_TYPES[name.suffix]!;
    raw = textToPprof(body, { format, type, sampleRate, fromMs, untilMs });
    metric = type.metric;
  } else {
    throw invalidArgument(`format ${JSON.stringify(format)} is not supported (supported: pprof, folded, lines)`);
  }
  return push.v1.PushRequest.create({ series: [{ labels: seriesLabels(name, metric, spyName), samples: [{ rawProfile: raw, ID: '' }] }] });
}

function seriesLabels(name: AppName, metric: string, spyName: string): LabelPair[] {
  const labels: LabelPair[] = [
    { name: LabelNames.metricName, value: metric },
    { name: LabelNames.delta, value: 'false' },
    { name: LabelNames.serviceName, value: name.app },
  ];
  labels.push({ name: SPY_LABEL, value: spyName });
  const taken = new Set(labels.map((l) => l.name));
  for (const l of name.labels) {
    if (l.name.startsWith('__')) continue; // reserved for us, as in Pyroscope
    if (taken.has(l.name)) {
      if (l.name === LabelNames.serviceName) labels.find((x) => x.name === l.name)!.value = l.value;
      continue;
    }
    taken.add(l.name);
    labels.push(l);
  }
  return labels;
}

interface SampleTypeConfig {
  'display-name'?: string;
}

function pprofFromBody(body: Buffer, multipartType: string | undefined, fromMs: number, spyName: string, limits: Limits): { raw: Uint8Array; metric: string } {
  let profileBytes: Uint8Array = body;
  let config: Record<string, SampleTypeConfig> | undefined;
  if (multipartType) {
    const parts = parseMultipart(body, multipartBoundary(multipartType));
    const profile = parts.get('profile');
    if (!profile || profile.data.length === 0) throw invalidArgument('multipart body has no "profile" part (or it is empty)');
    if (parts.get('prev_profile')?.data.length) {
      throw invalidArgument('multipart part "prev_profile" (cumulative profiles) is not supported: update the client SDK, which then sends delta profiles');
    }
    profileBytes = profile.data;
    const stc = parts.get('sample_type_config');
    if (stc) config = parseSampleTypeConfig(stc.data);
  }
  const budget = requestBudget(limits);
  const inflated = inflateWithin(profileBytes, limits, budget);
  const decoded = decodeProfile(inflated, decodeLimitsOf(limits, budget));
  const typeNames = decoded.sampleTypes.map((t) => decoded.strings[t.type]!);
  const metric = profileNameForSampleTypes(typeNames.map((t) => config?.[t]?.['display-name'] || t));
  const missingTime = !hasTime(decoded.timeMs);
  const dotnetDashes = spyName === 'dotnetspy' && typeNames.some((t) => t.includes('-'));
  if (!missingTime && !dotnetDashes) return { raw: profileBytes, metric };

  // Rewrite the pprof: .NET's dashed sample types fixed (alloc-size → alloc_size), missing time from `from`.
  // pprof-format is stricter than our decoder about fields neither of us needs (e.g. unknown fixed64).
  let p: Profile;
  try {
    p = Profile.decode(inflated);
  } catch (err) {
    throw invalidArgument(`malformed pprof: ${(err as Error).message}`);
  }
  const strings = p.stringTable;
  if (dotnetDashes) {
    p.sampleType.forEach((vt, i) => {
      vt.type = strings.dedup(typeNames[i]!.replaceAll('-', '_'));
    });
  }
  if (missingTime) p.timeNanos = millisAsNanos(fromMs);
  return { raw: p.encode(), metric };
}

function parseSampleTypeConfig(data: Buffer): Record<string, SampleTypeConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch (err) {
    throw invalidArgument(`multipart part "sample_type_config" is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidArgument('multipart part "sample_type_config" must be a JSON object keyed by sample type');
  return parsed as Record<string, SampleTypeConfig>;
}

/** Unix time in seconds (or ms/µs/ns, told apart by magnitude) → ms; undefined when absent. */
export function parseTime(value: string | null, param: string): number | undefined {
  if (value === null || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw invalidArgument(`query parameter "${param}" must be a Unix time in seconds, got ${JSON.stringify(value.slice(0, 40))}`);
  const n = Number(value);
  // Nanoseconds of today are about 2^60: past 2^63 is no time at all (and 20 digits cannot be one).
  if (value.length > 19 || n > 2 ** 63) throw invalidArgument(`query parameter "${param}" is out of range: ${value.slice(0, 40)}`);
  if (n >= 1e17) return Math.floor(n / 1e6);
  if (n >= 1e14) return Math.floor(n / 1e3);
  if (n >= 1e11) return n;
  return n * 1000;
}

function parseSampleRate(value: string | null): number {
  if (value === null || value === '') return 100;
  const n = Number(value);
  // 0 is accepted (as Pyroscope does): the values are then taken as they are, not scaled to nanoseconds.
  if (!Number.isInteger(n) || n < 0 || n > 1e9) throw invalidArgument(`query parameter "sampleRate" must be a non-negative integer (Hz), got ${JSON.stringify(value.slice(0, 40))}`);
  return n;
}

