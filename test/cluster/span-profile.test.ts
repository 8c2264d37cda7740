// SelectMergeSpanProfile (traces to profiles): the span IDs SDKs put on pprof samples (label span_id) are
// kept per sample, in the head and in blocks, and a span-filtered merge answers with the same shape as
// SelectMergeStacktraces over only those spans' samples.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { querier } from '../../ingester/src/gen/index.ts';
import { connect, pushProfile, readProfile, RpcError } from './harness.ts';
import { startUiCluster, type UiCluster } from '../ui/harness.ts';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const SPAN = '9a517183f26a089d';
const OTHER_SPAN = '5a4fe264a9c987fe';

/**
 * The recorded profile single_group_with_optional_span_id: 63 samples, some with span_id "239". That value is
 * not a span ID (8 bytes as 16 hex digits, as Pyroscope's span selector requires), so the copy pushed as
 * "spans" carries SPAN instead; "raw" keeps "239". Restamped to now; cpu totals returned.
 */
function spanProfile(spanValue: string | undefined): { raw: Buffer; spanned: number; total: number } {
  const profile = Profile.decode(gunzipSync(readProfile('single_group_with_optional_span_id.pb.gz')));
  const spanKey = profile.stringTable.strings.indexOf('span_id');
  // A new string table entry (the table caches its encoded strings, so entries are not rewritten in place).
  if (spanValue !== undefined) {
    const value = profile.stringTable.dedup(spanValue);
    for (const l of profile.sample.flatMap((s) => s.label)) if (Number(l.key) === spanKey) l.str = value;
  }
  profile.timeNanos = BigInt(Date.now()) * 1_000_000n;
  let spanned = 0;
  let total = 0;
  for (const s of profile.sample) {
    const v = Number(s.value[1]);
    total += v;
    if (s.label.some((l) => Number(l.key) === spanKey)) spanned += v;
  }
  return { raw: gzipSync(profile.encode()), spanned, total };
}

describe('SelectMergeSpanProfile: flame graphs of the samples recorded under given spans', function () {
  this.timeout(120_000);
  let cluster: UiCluster;
  let expected: { spanned: number; total: number };

  const range = (): { start: number; end: number } => ({ start: Date.now() - 600_000, end: Date.now() + 60_000 });

  async function spanTotal(service: string, spans: string[]): Promise<number> {
    const body = querier.v1.SelectMergeSpanProfileRequest.encode({ profileTypeID: CPU, labelSelector: `{service_name="${service}"}`, spanSelector: spans, ...range() }).finish();
    const answer = querier.v1.SelectMergeSpanProfileResponse.decode(await connect(cluster.proc.http, 'querier.v1.QuerierService/SelectMergeSpanProfile', body));
    return Number(answer.flamegraph?.total ?? 0);
  }

  async function wholeTotal(service: string): Promise<number> {
    const body = querier.v1.SelectMergeStacktracesRequest.encode({ profileTypeID: CPU, labelSelector: `{service_name="${service}"}`, ...range() }).finish();
    return Number(querier.v1.SelectMergeStacktracesResponse.decode(await connect(cluster.proc.http, 'querier.v1.QuerierService/SelectMergeStacktraces', body)).flamegraph?.total ?? 0);
  }

  before(async function () {
    this.timeout(180_000);
    cluster = await startUiCluster();
    const spans = spanProfile(SPAN);
    expected = spans;
    await pushProfile(cluster.proc.http, spans.raw, { service_name: 'spans' }, randomUUID());
    await pushProfile(cluster.proc.http, spanProfile(undefined).raw, { service_name: 'raw' }, randomUUID());
  });

  after(async () => cluster?.stop());

  it('merges only the samples of the named span; the same profile unfiltered holds every sample', async () => {
    expect(expected.spanned).to.be.greaterThan(0).and.lessThan(expected.total);
    expect(await spanTotal('spans', [SPAN])).to.equal(expected.spanned);
    expect(await spanTotal('spans', [OTHER_SPAN, SPAN])).to.equal(expected.spanned);
    expect(await spanTotal('spans', [OTHER_SPAN])).to.equal(0);
    expect(await wholeTotal('spans')).to.equal(expected.total);
  });

  it('answers in Connect JSON with the flame graph shape of SelectMergeStacktraces', async () => {
    const res = await fetch(`${cluster.proc.http}/querier.v1.QuerierService/SelectMergeSpanProfile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile_typeID: CPU, label_selector: '{service_name="spans"}', span_selector: [SPAN], ...range() }),
    });
    expect(res.status).to.equal(200);
    const json = (await res.json()) as { flamegraph: { names: string[]; levels: unknown[]; total: string } };
    expect(Number(json.flamegraph.total)).to.equal(expected.spanned);
    expect(json.flamegraph.names[0]).to.equal('total');
    expect(json.flamegraph.levels.length).to.be.greaterThan(1);
  });

  it('a span_id label that is not 16 hex digits is no span, and such a selector is refused with 400', async () => {
    expect(await wholeTotal('raw')).to.equal(expected.total);
    expect(await spanTotal('raw', [SPAN])).to.equal(0);
    const err = await spanTotal('raw', ['239']).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(RpcError);
    expect((err as RpcError).status).to.equal(400);
    expect((err as RpcError).message).to.contain('span_selector').and.to.contain('239');
  });

  it('spans survive the cut into a block: the same answers after a flush', async () => {
    const res = await fetch(`${cluster.proc.http}/flush`, { method: 'POST' });
    expect(res.status).to.be.oneOf([200, 202, 204]);
    expect(await spanTotal('spans', [SPAN])).to.equal(expected.spanned);
    expect(await spanTotal('spans', [OTHER_SPAN])).to.equal(0);
    expect(await wholeTotal('spans')).to.equal(expected.total);
  });
});
