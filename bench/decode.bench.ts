// Decode throughput over every shared test profile, in MB/s of decompressed pprof bytes:
// gunzip alone, gunzip + pprof-format, gunzip + our decoder. Prints JSON lines {"name","value","unit",…}.
import zlib from 'node:zlib';
import { Profile } from 'pprof-format';
import { decodeProfile } from '../ingester/src/pprof/decoder.ts';
import { inflateProfile, isGzip } from '../ingester/src/pprof/inflate.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';

const MAX = 64 << 20;
const raws = loadTestProfiles().map((p) => p.raw);
const decompressedBytes = raws.reduce((n, r) => n + inflateProfile(r, MAX).length, 0);

/** Runs `fn` over all profiles repeatedly for at least `ms` and returns MB/s of decompressed bytes. */
function measure(fn: (raw: Buffer) => void, ms = 1500): number {
  for (let i = 0; i < 3; i++) for (const r of raws) fn(r); // warm-up
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const r of raws) fn(r);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (decompressedBytes * rounds) / 1e6 / (elapsed / 1000);
}

const gunzip = (r: Buffer): Buffer => (isGzip(r) ? zlib.gunzipSync(r) : r);
const gunzipOnly = measure((r) => void gunzip(r));
const pprofFormat = measure((r) => void Profile.decode(gunzip(r)));
const ours = measure((r) => void decodeProfile(inflateProfile(r, MAX)));
const round = (v: number): number => Math.round(v * 10) / 10;

const lines = [
  { name: 'decode_throughput_gunzip', value: round(gunzipOnly), unit: 'MB/s' },
  { name: 'decode_throughput_pprof_format', value: round(pprofFormat), unit: 'MB/s' },
  { name: 'decode_throughput', value: round(ours), unit: 'MB/s', baseline: 'ingest_vs_pprof_format_decode', ratio: round(ours / pprofFormat) },
  { name: 'decode_throughput', value: round(ours), unit: 'MB/s', baseline: 'ingest_vs_gunzip', ratio: Math.round((ours / gunzipOnly) * 100) / 100 },
];
for (const l of lines) console.log(JSON.stringify(l));
