// Test fixtures for the compactor: replica blocks of the same pushes, as the ingesters would upload them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { PROFILES_DIR } from '../../pprof/testdata.ts';
import type { NormalizedProfile } from '../../model/profile.ts';
import { writeBlock } from '../block/writer.ts';
import { Head } from '../head/head.ts';
import type { Bucket } from '../objstore/bucket.ts';
import { normalizedFromPprof } from '../testutil.ts';

const files = ['go-cpu.pb.gz', 'java-cpu.pprof', 'single_group_with_optional_span_id.pb.gz'];
export const RAWS: Uint8Array[] = files.map((f) => readFileSync(path.join(PROFILES_DIR, f)));
// The recorded span profile's span_id values ("239") are not span IDs (16 hex digits): give its samples two real ones.
RAWS[2] = withSpanIds(RAWS[2]!, ['00000000000000a1', 'f0000000000000b2']);

function withSpanIds(raw: Uint8Array, ids: string[]): Buffer {
  const profile = Profile.decode(gunzipSync(raw));
  const key = profile.stringTable.strings.indexOf('span_id');
  profile.sample.forEach((s, i) => {
    for (const l of s.label) if (Number(l.key) === key) l.str = profile.stringTable.dedup(ids[i % ids.length]!);
  });
  return gzipSync(profile.encode());
}

/** The same pushes every replica receives: the three profiles (services svc-0..2) at each timestamp. */
export function pushesAt(timestamps: readonly number[]): NormalizedProfile[][] {
  const out: NormalizedProfile[][] = [];
  timestamps.forEach((t, k) => {
    RAWS.forEach((raw, i) => out.push(normalizedFromPprof(raw, { id: `p${t}-${i}`, timestampMs: t, service: `svc-${i}`, extra: [{ name: 'pod', value: `pod-${k % 2}` }] })));
  });
  return out;
}

/** Writes the pushes as blocks in `dir` (format `version`, 2 by default), cut after the given push counts; returns their ULIDs. */
export async function writeBlocks(dir: string, tenant: string, pushes: NormalizedProfile[][], cuts: readonly number[] = [], version: 1 | 2 = 2): Promise<string[]> {
  const ulids: string[] = [];
  let from = 0;
  for (const to of [...cuts, pushes.length]) {
    if (to <= from) continue;
    const head = new Head(0);
    for (const p of pushes.slice(from, to)) head.append(tenant, p);
    const t = head.tenant(tenant)!;
    ulids.push((await writeBlock(t, t, { blocksDir: dir, tenant, nowMs: Date.now(), version })).ulid);
    from = to;
  }
  return ulids;
}

/** Uploads a local block as the shipper does: data files, then meta.json. */
export async function uploadBlock(bucket: Bucket, dir: string, tenant: string, ulid: string): Promise<void> {
  const names = readdirSync(path.join(dir, ulid)).filter((f) => f !== 'meta.json');
  for (const f of [...names, 'meta.json']) await bucket.upload(`${tenant}/blocks/${ulid}/${f}`, readFileSync(path.join(dir, ulid, f)));
}
