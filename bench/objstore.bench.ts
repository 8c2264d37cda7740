// Object store figures: upload throughput of a 64 MB block written as 8 MB files, to the filesystem bucket
// and to the GCS test server through GcsBucket (one request per file, and chunked resumable uploads), the
// requests and objects that costs, and list latency over 10,000 objects. Prints JSON lines {"name","value","unit"}.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bucket } from '../ingester/src/storage/objstore/bucket.ts';
import { FilesystemBucket } from '../ingester/src/storage/objstore/filesystem.ts';
import { GcsBucket } from '../ingester/src/storage/objstore/gcs.ts';
import { startGcsServer } from '../test/gcs/server.ts';

const MB = 1024 * 1024;
const BLOCK_BYTES = 64 * MB;
const FILE_BYTES = 8 * MB;
const LIST_OBJECTS = 10_000;
const files = Array.from({ length: BLOCK_BYTES / FILE_BYTES }, () => randomBytes(FILE_BYTES));
const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;
const print = (line: Record<string, unknown>): void => console.log(JSON.stringify(line));

/** Uploads the block's files one after the other (as the shipper does); returns MB/s (best of `runs`). */
async function uploadThroughput(bucket: Bucket, runs = 2): Promise<number> {
  let best = 0;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    for (const [i, data] of files.entries()) await bucket.upload(`tenant/blocks/run${run}/file-${i}`, data);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, BLOCK_BYTES / MB / seconds);
  }
  return best;
}

/** Median latency in ms of a list call, over `runs` calls after one warm-up. */
async function listLatency(bucket: Bucket, prefix: string, delimiter: string | undefined, expected: number, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = await bucket.list(prefix, { delimiter });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const count = result.objects.length + result.prefixes.length;
    if (count !== expected) throw new Error(`listed ${count} entries, expected ${expected}`);
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const dir = await mkdtemp(path.join(tmpdir(), 'objstore-bench-'));
const server = await startGcsServer({ buckets: ['bench'] });
try {
  // Filesystem: every file fsynced and renamed into place.
  const fsBucket = new FilesystemBucket(path.join(dir, 'upload'));
  print({ name: 'objstore_upload_filesystem_64MB_in_8MB_files', value: round(await uploadThroughput(fsBucket)), unit: 'MB/s' });

  // Baseline: the same files POSTed to a bare Node HTTP server that only reads them, which bounds what any
  // HTTP object store can reach on this machine.
  const plain = createServer((req, res) => {
    req.on('data', () => undefined).on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
  let plainBest = 0;
  for (let run = 0; run < 2; run++) {
    const start = process.hrtime.bigint();
    for (const data of files) await (await fetch(plainUrl, { method: 'POST', body: data })).text();
    plainBest = Math.max(plainBest, BLOCK_BYTES / MB / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  plain.close();
  print({ name: 'objstore_upload_plain_http_64MB_in_8MB_files', value: round(plainBest), unit: 'MB/s' });

  // GCS test server, files above the resumable threshold go up in 8 MiB chunks; below it in one request.
  for (const mode of ['multipart', 'resumable'] as const) {
    server.resetStats();
    const gcs = new GcsBucket({ bucketName: 'bench', endpoint: server.url, resumableThresholdBytes: mode === 'multipart' ? 2 * FILE_BYTES : FILE_BYTES / 2, chunkSizeBytes: 2 * MB });
    const runs = 2;
    const throughput = await uploadThroughput(gcs, runs);
    print({ name: `objstore_upload_gcs_server_${mode}_64MB_in_8MB_files`, value: round(throughput), unit: 'MB/s', baseline: 'plain_http_post', ratio: round(throughput / plainBest, 2) });
    const stats = server.stats();
    const requests = Object.values(stats.requests).reduce((a, b) => a + (b ?? 0), 0);
    print({ name: `objstore_gcs_${mode}_objects_written_per_64MB_block`, value: stats.objectsWritten / runs, unit: 'objects' });
    print({ name: `objstore_gcs_${mode}_requests_per_64MB_block`, value: requests / runs, unit: 'requests' });
  }

  // The same with the GCS test server in its own process, so that client and server do not share one thread
  // (closer to a real deployment, where the server's work happens elsewhere).
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/gcs/main.ts'), '-port=0', '-buckets=bench'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [firstLine] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const { url } = JSON.parse(firstLine) as { url: string };
    const remote = new GcsBucket({ bucketName: 'bench', endpoint: url });
    const throughput = await uploadThroughput(remote);
    print({ name: 'objstore_upload_gcs_server_other_process_64MB_in_8MB_files', value: round(throughput), unit: 'MB/s', baseline: 'plain_http_post', ratio: round(throughput / plainBest, 2) });
  } finally {
    child.kill('SIGTERM');
  }

  // Listing 10,000 objects: 100 "blocks" of 100 files each under one tenant.
  const listFs = new FilesystemBucket(path.join(dir, 'list'));
  const names = Array.from({ length: LIST_OBJECTS }, (_, i) => `tenant/blocks/${String(Math.floor(i / 100)).padStart(3, '0')}/file-${String(i % 100).padStart(3, '0')}`);
  for (let i = 0; i < names.length; i += 200) await Promise.all(names.slice(i, i + 200).map((n) => listFs.upload(n, Buffer.from('x'))));
  for (const n of names) server.objects.put('bench', `list/${n}`, Buffer.from('x'));
  const listGcs = new GcsBucket({ bucketName: 'bench', endpoint: server.url });
  print({ name: 'objstore_list_filesystem_10000_objects', value: round(await listLatency(listFs, 'tenant/', undefined, LIST_OBJECTS)), unit: 'ms' });
  print({ name: 'objstore_list_filesystem_100_prefixes_delimiter', value: round(await listLatency(listFs, 'tenant/blocks/', '/', 100)), unit: 'ms' });
  print({ name: 'objstore_list_gcs_server_10000_objects', value: round(await listLatency(listGcs, 'list/tenant/', undefined, LIST_OBJECTS)), unit: 'ms' });
  print({ name: 'objstore_list_gcs_server_100_prefixes_delimiter', value: round(await listLatency(listGcs, 'list/tenant/blocks/', '/', 100)), unit: 'ms' });
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
