import { expect } from 'chai';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { eventually } from '../testutil.ts';
import { silentLogger } from '../../util/log.ts';
import { frameRecord, frameRecordParts } from './record.ts';
import { segmentFileName, WriteAheadLog } from './wal.ts';

describe('WriteAheadLog', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wal-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const openWal = async (registry = new Registry()) => WriteAheadLog.open({ dir, maxSegmentBytes: 1 << 20, logger: silentLogger(), registry });
  const metric = async (registry: Registry, name: string) => (await registry.getSingleMetric(name)!.get()).values[0]?.value ?? 0;
  const replayAll = async (wal: WriteAheadLog, from = 0) => {
    const out: string[] = [];
    const stats = await wal.replay(from, (p) => {
      out.push(p.toString());
    });
    return { out, stats };
  };

  it('replays every appended record in order after reopening', async () => {
    const wal = await openWal();
    await wal.startWriting();
    for (let i = 0; i < 20; i++) await wal.append(Buffer.from(`record-${i}`));
    await wal.close();
    const { out } = await replayAll(await openWal());
    expect(out).to.deep.equal(Array.from({ length: 20 }, (_, i) => `record-${i}`));
  });

  it('writes a record given in parts as the record of their concatenation, byte for byte, and replays it whole', async () => {
    const wal = await openWal();
    await wal.startWriting();
    const parts = [Buffer.from('head|'), Buffer.from('body in two '), Buffer.from('pieces')];
    await Promise.all([wal.append(Buffer.from('before')), wal.append(parts), wal.append([Buffer.from('after')])]);
    await wal.close();
    const segment = await readFile(join(dir, segmentFileName(1)));
    expect(segment.equals(Buffer.concat([frameRecord(Buffer.from('before')), frameRecord(Buffer.concat(parts)), frameRecord(Buffer.from('after'))]))).to.equal(true);
    expect((await replayAll(await openWal())).out).to.deep.equal(['before', 'head|body in two pieces', 'after']);
    expect(() => frameRecordParts([Buffer.alloc(0), Buffer.alloc(0)])).to.throw('WAL records cannot be empty');
  });

  it('makes concurrent appends share fsyncs (group commit)', async () => {
    const registry = new Registry();
    const wal = await openWal(registry);
    await wal.startWriting();
    await Promise.all(Array.from({ length: 200 }, (_, i) => wal.append(Buffer.from(`r${i}`))));
    const fsyncs = await metric(registry, 'ingester_wal_fsyncs_total');
    expect(fsyncs).to.be.greaterThan(0).and.lessThan(200);
    expect(await metric(registry, 'ingester_wal_records_written_total')).to.equal(200);
    await wal.close();
  });

  it('truncates a torn last record and keeps everything before it', async () => {
    const wal = await openWal();
    await wal.startWriting();
    await wal.append(Buffer.from('kept-1'));
    await wal.append(Buffer.from('kept-2'));
    await wal.close();
    const path = join(dir, segmentFileName(1));
    await appendFile(path, frameRecord(Buffer.from('torn-record')).subarray(0, 12));
    const registry = new Registry();
    const reopened = await openWal(registry);
    const { out, stats } = await replayAll(reopened);
    expect(out).to.deep.equal(['kept-1', 'kept-2']);
    expect(stats.tornSegments).to.equal(1);
    expect(await metric(registry, 'ingester_wal_torn_records_total')).to.equal(1);
    expect((await stat(path)).size).to.equal(2 * (8 + 6));
  });

  it('treats a zero-filled tail as torn', async () => {
    await writeFile(join(dir, segmentFileName(1)), Buffer.concat([frameRecord(Buffer.from('a')), Buffer.alloc(64)]));
    const { out, stats } = await replayAll(await openWal());
    expect(out).to.deep.equal(['a']);
    expect(stats.tornSegments).to.equal(1);
  });

  it('moves a segment corrupted in the middle aside, loudly, and still replays the other segments', async () => {
    const good = frameRecord(Buffer.from('before'));
    const damaged = frameRecord(Buffer.from('damaged'));
    damaged[10] = damaged[10]! ^ 0xff;
    await writeFile(join(dir, segmentFileName(1)), Buffer.concat([good, damaged, frameRecord(Buffer.from('after'))]));
    await writeFile(join(dir, segmentFileName(2)), frameRecord(Buffer.from('next-segment')));
    const registry = new Registry();
    const { out, stats } = await replayAll(await openWal(registry));
    expect(out).to.deep.equal(['before', 'next-segment']);
    expect(stats.corruptSegments).to.equal(1);
    expect(await metric(registry, 'ingester_wal_corrupt_segments_total')).to.equal(1);
    expect(await readdir(join(dir, 'corrupt'))).to.have.length(1);
    expect(await readdir(dir)).to.not.include(segmentFileName(1));
  });

  it('starts writing in a new segment after a restart, and rotation separates records', async () => {
    const wal = await openWal();
    await wal.startWriting();
    expect(await wal.append(Buffer.from('x'))).to.equal(1);
    const next = await wal.rotate();
    expect(next).to.equal(2);
    expect(await wal.append(Buffer.from('y'))).to.equal(2);
    await wal.close();
    const reopened = await openWal();
    const { out } = await replayAll(reopened, 2);
    expect(out).to.deep.equal(['y']);
    await reopened.startWriting();
    expect(reopened.currentSegment).to.equal(3);
    await reopened.deleteSegmentsBefore(3);
    expect(await reopened.listSegments()).to.deep.equal([3]);
    await reopened.close();
  });

  it('keeps the checkpoint across restarts', async () => {
    const wal = await openWal();
    expect(await wal.readCheckpoint()).to.equal(0);
    await wal.writeCheckpoint(7);
    expect(await (await openWal()).readCheckpoint()).to.equal(7);
    expect(JSON.parse(await readFile(join(dir, 'checkpoint.json'), 'utf8'))).to.deep.equal({ segment: 7 });
  });

  it('refuses appends while it cannot write, says why, and recovers into a fresh segment without the refused record', async () => {
    const registry = new Registry();
    const wal = await WriteAheadLog.open({ dir, maxSegmentBytes: 1 << 20, logger: silentLogger(), registry, retryMinBackoffMs: 20, retryMaxBackoffMs: 50 });
    const changes: boolean[] = [];
    wal.onWritableChange((writable) => changes.push(writable));
    await wal.startWriting();
    await wal.append(Buffer.from('ok'));
    const failedSegment = wal.currentSegment;
    // Pull the file away from under the WAL, as a failing disk would.
    await (wal as unknown as { file: { close(): Promise<void> } }).file.close();
    let first: Error | undefined;
    await wal.append(Buffer.from('lost')).catch((e: Error) => (first = e));
    expect(first?.name).to.equal('WalUnwritableError');
    expect(first?.message).to.match(/the WAL cannot be written \(.*\); the ingester keeps retrying, retry the push/);
    expect(wal.failed).to.be.instanceOf(Error);
    expect(await metric(registry, 'ingester_wal_writable')).to.equal(0);
    expect(await metric(registry, 'ingester_wal_write_failures_total')).to.be.at.least(1);
    // The probe finds the disk writable: a fresh segment, writable again.
    await eventually(() => wal.failed === undefined, 'the WAL writable again');
    expect(changes).to.deep.equal([false, true]);
    expect(wal.currentSegment).to.be.greaterThan(failedSegment);
    expect(await metric(registry, 'ingester_wal_writable')).to.equal(1);
    await wal.append(Buffer.from('after'));
    await wal.close();
    expect((await replayAll(await openWal())).out).to.deep.equal(['ok', 'after']);
  });
});
