// What crosses between the main thread and a decode worker, in forms that are cheap to post:
// - a push request goes as its labels plus every raw profile copied into one ArrayBuffer, transferred (not
//   cloned): one memcpy, where cloning each raw profile (a view into the request body) would copy the whole
//   body once per profile;
// - normalized profiles come back with their locations and functions in columns (typed arrays) instead of an
//   object each: the structured clone of 4,000 location objects took 12 ms to read back on the main thread, the
//   columns well under 1 ms, and rebuilding the objects from them about as much. The rest (strings, sample
//   columns, labels) is cloned as is; parts of one split profile share their tables, and still do once read back.
import type { push } from '../../gen/index.ts';
import type { DecodedFunction, DecodedLocation, DecodedProfile, NormalizedProfile } from '../../model/profile.ts';

export interface PackedRequest {
  series: { labels: { name: string; value: string }[]; samples: { ID: string; start: number; end: number }[] }[];
  /** Every raw profile, one after the other. */
  raw: Uint8Array;
}

export function packRequest(request: push.v1.IPushRequest): { packed: PackedRequest; transfer: ArrayBuffer[] } {
  let total = 0;
  for (const s of request.series ?? []) for (const x of s.samples ?? []) total += x.rawProfile?.length ?? 0;
  // Its own ArrayBuffer (never a slice of Node's shared pool), so that it can be transferred.
  const raw = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  const series = (request.series ?? []).map((s) => ({
    labels: (s.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' })),
    samples: (s.samples ?? []).map((x) => {
      const bytes = x.rawProfile ?? new Uint8Array(0);
      raw.set(bytes, at);
      const sample = { ID: x.ID ?? '', start: at, end: at + bytes.length };
      at += bytes.length;
      return sample;
    }),
  }));
  return { packed: { series, raw }, transfer: [raw.buffer] };
}

export function unpackRequest(p: PackedRequest): push.v1.IPushRequest {
  return {
    series: p.series.map((s) => ({ labels: s.labels, samples: s.samples.map((x) => ({ ID: x.ID, rawProfile: p.raw.subarray(x.start, x.end) })) })),
  };
}

interface LocationColumns {
  id: Float64Array;
  mappingId: Float64Array;
  address: Float64Array;
  isFolded: Uint8Array;
  /** Location i's lines are lineFunctionId/lineNumber[lineOffsets[i] .. lineOffsets[i+1]). */
  lineOffsets: Uint32Array;
  lineFunctionId: Float64Array;
  lineNumber: Float64Array;
}

interface FunctionColumns {
  id: Float64Array;
  name: Float64Array;
  systemName: Float64Array;
  filename: Float64Array;
  startLine: Float64Array;
}

type PackedProfile = Omit<NormalizedProfile, 'profile'> & { profile: Omit<DecodedProfile, 'locations' | 'functions'>; table: number };

export interface PackedProfiles {
  profiles: PackedProfile[];
  tables: { locations: LocationColumns; functions: FunctionColumns }[];
}

export function packProfiles(profiles: readonly NormalizedProfile[]): PackedProfiles {
  const tables: PackedProfiles['tables'] = [];
  const tableOf = new Map<readonly DecodedLocation[], number>();
  const packed = profiles.map((np) => {
    const { locations, functions, ...rest } = np.profile;
    let table = tableOf.get(locations);
    if (table === undefined) {
      table = tables.push({ locations: locationColumns(locations), functions: functionColumns(functions) }) - 1;
      tableOf.set(locations, table);
    }
    // Object.assign, not { ...np, more }, per profile: see query/deadline.ts (boundedContext) for what that costs.
    return Object.assign({}, np, { profile: rest, table });
  });
  return { profiles: packed, tables };
}

export function unpackProfiles(p: PackedProfiles): NormalizedProfile[] {
  const tables = p.tables.map((t) => ({ locations: locationsOf(t.locations), functions: functionsOf(t.functions) }));
  return p.profiles.map(({ table, profile, ...np }) => Object.assign({}, np, { profile: Object.assign({}, profile, tables[table]!) }));
}

function locationColumns(locations: readonly DecodedLocation[]): LocationColumns {
  const n = locations.length;
  let lines = 0;
  for (const l of locations) lines += l.lines.length;
  const c: LocationColumns = {
    id: new Float64Array(n), mappingId: new Float64Array(n), address: new Float64Array(n), isFolded: new Uint8Array(n),
    lineOffsets: new Uint32Array(n + 1), lineFunctionId: new Float64Array(lines), lineNumber: new Float64Array(lines),
  };
  let at = 0;
  locations.forEach((l, i) => {
    c.id[i] = l.id;
    c.mappingId[i] = l.mappingId;
    c.address[i] = l.address;
    c.isFolded[i] = l.isFolded ? 1 : 0;
    for (const line of l.lines) {
      c.lineFunctionId[at] = line.functionId;
      c.lineNumber[at++] = line.line;
    }
    c.lineOffsets[i + 1] = at;
  });
  return c;
}

function locationsOf(c: LocationColumns): DecodedLocation[] {
  const out = new Array<DecodedLocation>(c.id.length);
  for (let i = 0; i < out.length; i++) {
    const lines = new Array<{ functionId: number; line: number }>(c.lineOffsets[i + 1]! - c.lineOffsets[i]!);
    for (let j = 0; j < lines.length; j++) lines[j] = { functionId: c.lineFunctionId[c.lineOffsets[i]! + j]!, line: c.lineNumber[c.lineOffsets[i]! + j]! };
    out[i] = { id: c.id[i]!, mappingId: c.mappingId[i]!, address: c.address[i]!, lines, isFolded: c.isFolded[i] === 1 };
  }
  return out;
}

function functionColumns(functions: readonly DecodedFunction[]): FunctionColumns {
  const n = functions.length;
  const c: FunctionColumns = { id: new Float64Array(n), name: new Float64Array(n), systemName: new Float64Array(n), filename: new Float64Array(n), startLine: new Float64Array(n) };
  functions.forEach((f, i) => {
    c.id[i] = f.id;
    c.name[i] = f.name;
    c.systemName[i] = f.systemName;
    c.filename[i] = f.filename;
    c.startLine[i] = f.startLine;
  });
  return c;
}

function functionsOf(c: FunctionColumns): DecodedFunction[] {
  const out = new Array<DecodedFunction>(c.id.length);
  for (let i = 0; i < out.length; i++) out[i] = { id: c.id[i]!, name: c.name[i]!, systemName: c.systemName[i]!, filename: c.filename[i]!, startLine: c.startLine[i]! };
  return out;
}

/**
 * The buffers to transfer with packed profiles instead of copying them: the columns packProfiles built, and the
 * sample columns the decoder allocated for each profile. Only a buffer that one typed array views whole is
 * transferred (a view into a larger buffer, such as a slice of Node's shared pool or a scratch buffer, is copied
 * as before), each once.
 */
export function transferables(p: PackedProfiles): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView): void => {
    if (a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.byteLength > 0) out.add(a.buffer);
  };
  for (const t of p.tables) for (const a of [...Object.values(t.locations), ...Object.values(t.functions)] as ArrayBufferView[]) add(a);
  for (const { profile: q } of p.profiles) for (const a of [q.locationOffsets, q.locationIds, q.values, q.labelOffsets, q.labelKeys, q.labelValues]) add(a);
  return [...out];
}
