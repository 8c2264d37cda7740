// A bounded decoder for push.v1.PushRequest, used for every push that arrives over gRPC and Connect instead of
// the generated decode. The generated decode builds an object per entry before anything can be checked: 16 MiB
// of empty `series` entries (two bytes each) became 8 million objects and gigabytes of heap (issue 14). This
// one walks the wire format and counts as it reads:
// - series per request (-validation.max-series-per-request) and raw profiles per request
//   (-validation.max-profiles-per-request): past either, the request is refused (413, RESOURCE_EXHAUSTED)
//   at that entry, before the next one is built;
// - label names per series (-validation.max-label-names-per-series): labels past the limit are counted but
//   not built, and the series is refused (400) with the exact count once its end is reached. Annotations per
//   series share that bound.
// So the objects built are bounded by the limits, whatever the request's size. The strings decode as the
// generated code decodes them (protobufjs utf8), so validation downstream sees the same values.
//
// The same bounds apply to the proto3 JSON form (Connect JSON): checkPushShape runs on the parsed object
// before it is converted, and countJsonObjects bounds what JSON.parse may build at all.
import protobuf from 'protobufjs/minimal.js';
import { push, type types } from '../gen/index.ts';
import { ApiError, invalidArgument } from '../util/errors.ts';
import * as wire from '../pprof/varint.ts';
import { WireError, type Reader } from '../pprof/varint.ts';
import type { Limits } from './limits.ts';
import { quote } from './validate.ts';
import { asBuffer } from '../util/bytes.ts';

export type PushShapeLimits = Pick<Limits, 'maxSeriesPerRequest' | 'maxProfilesPerRequest' | 'maxLabelNamesPerSeries'>;

const WIRE_LEN = 2;
const utf8 = protobuf.util.utf8;

/** A request larger than a per-request limit: HTTP 413, gRPC RESOURCE_EXHAUSTED (what grpc-go answers for an oversized message). */
export const requestTooLarge = (message: string): ApiError => new ApiError('resource_exhausted', message, 413);

export const tooManySeries = (limit: number): ApiError =>
  requestTooLarge(`push request has more than ${limit} series: limit max-series-per-request (${limit}) exceeded`);
export const tooManyProfiles = (limit: number): ApiError =>
  requestTooLarge(`push request has more than ${limit} raw profiles: limit max-profiles-per-request (${limit}) exceeded`);

function tooManyLabels(series: number, count: number, limit: number, shown: readonly types.v1.ILabelPair[]): ApiError {
  const described = shown.slice(0, 8).map((l) => `${l.name}=${quote(l.value ?? '', 40)}`).join(', ');
  return invalidArgument(`series ${series} has ${count} label names: limit max-label-names-per-series (${limit}) exceeded; series {${described}${count > 8 ? ', …' : ''}}`);
}
const tooManyAnnotations = (series: number, limit: number): ApiError =>
  invalidArgument(`series ${series} has more than ${limit} annotations: limit max-label-names-per-series (${limit}) exceeded`);

/**
 * Decodes a PushRequest within the limits (0 disables one). Throws ApiError: invalid_argument for bytes that
 * are not a PushRequest or labels past the limit, resource_exhausted (413) for too many series or profiles.
 */
export function decodePushRequest(bytes: Uint8Array, limits: PushShapeLimits, what = 'push.v1.PushRequest'): push.v1.PushRequest {
  try {
    const request = decode(bytes, limits);
    wireBytes.set(request, bytes);
    return request;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw invalidArgument(`cannot decode ${what}: ${(err as Error).message}`);
  }
}

/** The bytes each request was decoded from (held as long as the request is). */
const wireBytes = new WeakMap<push.v1.PushRequest, Uint8Array>();

/**
 * The protobuf bytes a request was decoded from by decodePushRequest (so the ingester's WAL record need not
 * encode it again), or undefined for a request built otherwise (JSON, /ingest, tests). Callers must not have
 * changed the request since.
 */
export const pushRequestWireBytes = (request: push.v1.PushRequest): Uint8Array | undefined => wireBytes.get(request);

function decode(bytes: Uint8Array, limits: PushShapeLimits): push.v1.PushRequest {
  const r = wire.createReader(bytes);
  const end = bytes.length;
  const request = push.v1.PushRequest.create();
  let profiles = 0;
  while (r.pos < end) {
    const tag = wire.readTag(r, end);
    if (tag >>> 3 !== 1) {
      wire.skipField(r, tag & 7, end);
      continue;
    }
    expectLen(tag, 'series');
    if (limits.maxSeriesPerRequest > 0 && request.series.length >= limits.maxSeriesPerRequest) throw tooManySeries(limits.maxSeriesPerRequest);
    const stop = wire.readDelimitedEnd(r, end);
    const series = push.v1.RawProfileSeries.create();
    let labelCount = 0;
    while (r.pos < stop) {
      const t = wire.readTag(r, stop);
      const field = t >>> 3;
      if (field === 1) {
        expectLen(t, 'series.labels');
        const e = wire.readDelimitedEnd(r, stop);
        labelCount++;
        if (limits.maxLabelNamesPerSeries > 0 && labelCount > limits.maxLabelNamesPerSeries) r.pos = e; // counted, not built
        else series.labels.push(readPair(r, e));
      } else if (field === 2) {
        expectLen(t, 'series.samples');
        if (limits.maxProfilesPerRequest > 0 && profiles >= limits.maxProfilesPerRequest) throw tooManyProfiles(limits.maxProfilesPerRequest);
        profiles++;
        series.samples.push(readSample(r, wire.readDelimitedEnd(r, stop)));
      } else if (field === 3) {
        expectLen(t, 'series.annotations');
        if (limits.maxLabelNamesPerSeries > 0 && series.annotations.length >= limits.maxLabelNamesPerSeries) throw tooManyAnnotations(request.series.length, limits.maxLabelNamesPerSeries);
        const pair = readPair(r, wire.readDelimitedEnd(r, stop));
        series.annotations.push({ key: pair.name, value: pair.value });
      } else {
        wire.skipField(r, t & 7, stop);
      }
    }
    if (limits.maxLabelNamesPerSeries > 0 && labelCount > limits.maxLabelNamesPerSeries) {
      throw tooManyLabels(request.series.length, labelCount, limits.maxLabelNamesPerSeries, series.labels);
    }
    request.series.push(series);
  }
  return request;
}

function expectLen(tag: number, field: string): void {
  if ((tag & 7) !== WIRE_LEN) throw new WireError(`field ${field} has wire type ${tag & 7}, expected ${WIRE_LEN}`);
}

/** A types.v1.LabelPair (name = 1, value = 2); ProfileAnnotation has the same layout (key = 1, value = 2). */
function readPair(r: Reader, end: number): { name: string; value: string } {
  const pair = { name: '', value: '' };
  while (r.pos < end) {
    const tag = wire.readTag(r, end);
    const field = tag >>> 3;
    if (field === 1 || field === 2) {
      expectLen(tag, field === 1 ? 'label.name' : 'label.value');
      const stop = wire.readDelimitedEnd(r, end);
      const s = utf8.read(r.buf, r.pos, stop);
      r.pos = stop;
      if (field === 1) pair.name = s;
      else pair.value = s;
    } else {
      wire.skipField(r, tag & 7, end);
    }
  }
  return pair;
}

function readSample(r: Reader, end: number): push.v1.RawSample {
  const sample = push.v1.RawSample.create();
  while (r.pos < end) {
    const tag = wire.readTag(r, end);
    const field = tag >>> 3;
    if (field === 1) {
      expectLen(tag, 'raw_profile');
      const stop = wire.readDelimitedEnd(r, end);
      // A view into the request's bytes, as the generated decode gives for a Buffer (no copy).
      sample.rawProfile = r.buf.subarray(r.pos, stop);
      r.pos = stop;
    } else if (field === 2) {
      expectLen(tag, 'ID');
      const stop = wire.readDelimitedEnd(r, end);
      sample.ID = utf8.read(r.buf, r.pos, stop);
      r.pos = stop;
    } else {
      wire.skipField(r, tag & 7, end);
    }
  }
  return sample;
}

/**
 * The same limits over an already parsed proto3-JSON request (before fromObject builds messages from it).
 * Throws like decodePushRequest.
 */
export function checkPushShape(json: unknown, limits: PushShapeLimits): void {
  const series = (json as { series?: unknown } | null)?.series;
  if (!Array.isArray(series)) return; // fromObject reports what is wrong with it
  if (limits.maxSeriesPerRequest > 0 && series.length > limits.maxSeriesPerRequest) throw tooManySeries(limits.maxSeriesPerRequest);
  let profiles = 0;
  series.forEach((s: unknown, i) => {
    const { labels, samples, annotations } = (s ?? {}) as { labels?: unknown; samples?: unknown; annotations?: unknown };
    const max = limits.maxLabelNamesPerSeries;
    if (max > 0 && Array.isArray(labels) && labels.length > max) throw tooManyLabels(i, labels.length, max, labels as types.v1.ILabelPair[]);
    if (max > 0 && Array.isArray(annotations) && annotations.length > max) throw tooManyAnnotations(i, max);
    if (Array.isArray(samples)) profiles += samples.length;
    if (limits.maxProfilesPerRequest > 0 && profiles > limits.maxProfilesPerRequest) throw tooManyProfiles(limits.maxProfilesPerRequest);
  });
}

/**
 * The most JSON objects ('{') a push request within the limits can hold: one per series, label, annotation
 * and profile, plus the request itself. Counting braces in the text (before JSON.parse) over-counts braces in
 * strings, which only makes the bound looser.
 */
export function maxPushJsonObjects(limits: PushShapeLimits): number {
  if (limits.maxSeriesPerRequest <= 0 || limits.maxProfilesPerRequest <= 0 || limits.maxLabelNamesPerSeries <= 0) return Infinity;
  return 1 + limits.maxSeriesPerRequest * (1 + 2 * limits.maxLabelNamesPerSeries) + limits.maxProfilesPerRequest;
}

/** Number of '{' bytes in a JSON text. */
export function countJsonObjects(text: Uint8Array): number {
  let n = 0;
  let i = -1;
  const buf = asBuffer(text);
  while ((i = buf.indexOf(0x7b, i + 1)) >= 0) n++;
  return n;
}
