// Issue #2 acceptance: every real profile, pushed to a real ingester process over each write protocol
// (gRPC, Connect proto, Connect JSON, /ingest raw gzip'd and plain, /ingest multipart), reads back with
// the pprof's own totals (SelectSeries and flame graph) and function names. Each (protocol, profile) pair
// has its own service_name, so every read is about exactly one push.
import { expect } from 'chai';
import { Profile } from 'pprof-format';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles, type TestProfile } from '../../ingester/src/pprof/testdata.ts';
import type { GrpcClient } from '../../ingester/src/server/grpc.ts';
import { pprofFunctionNames, pprofTotals, profileTypeIds } from '../../ingester/src/storage/testutil.ts';
import { client, startIngester, stopProcess, sumSeries, type IngesterProcess } from '../ingester/harness.ts';
import {
  connectPushJson, connectPushProto, encodePushRequest, expectedIngestName, gzipped, ingestMultipart, ingestRaw, plain, pusherClient, pushRequest, pushRequestJson, type HttpAnswer, type IngestQuery,
} from './helpers.ts';

interface Protocol {
  key: string;
  /** Pushes the profile as service `service`; resolves once the ingester acknowledged it. */
  push(p: TestProfile, service: string, id: string): Promise<void>;
  /** The profile type IDs the push creates. */
  typeIds(p: TestProfile): string[];
}

const expectOk = (what: string, a: HttpAnswer): void => {
  expect(a.status, `${what}: ${a.body}`).to.equal(200);
};

/** Sample type names read with pprof-format (not with the decoder under test). */
const sampleTypeNames = (raw: Uint8Array): string[] => {
  const p = Profile.decode(plain(raw));
  return p.sampleType.map((t) => p.stringTable.strings[Number(t.type)] ?? '');
};

// The SDKs of .NET send dashed sample types (alloc-size); /ingest with spyName=dotnetspy names them with
// underscores, as Pyroscope does. Other spies keep the sample types as sent.
const spyOf = (p: TestProfile): string => (p.name.startsWith('dotnet') ? 'dotnetspy' : 'gospy');
const ingestTypeIds = (p: TestProfile): string[] => {
  const ids = profileTypeIds(p.raw, expectedIngestName(sampleTypeNames(p.raw)));
  return spyOf(p) === 'dotnetspy' ? ids.map((id) => id.replaceAll('-', '_')) : ids;
};
const ingestQuery = (p: TestProfile, service: string): IngestQuery => ({ name: `${service}{acceptance=protocols}`, spyName: spyOf(p) });

describe('acceptance: every test profile over every write protocol reads back as the pprof says', function () {
  this.timeout(120_000);
  const corpus = loadTestProfiles();
  let dir: string;
  let ing: IngesterProcess | undefined;
  let grpc: GrpcClient | undefined;

  const protocols: Protocol[] = [
    {
      key: 'grpc',
      push: async (p, service, id) => {
        await grpc!.call('Push', pushRequest(p.raw, { service_name: service, __name__: 'process_cpu' }, id));
      },
      typeIds: (p) => profileTypeIds(p.raw),
    },
    {
      key: 'connect-proto',
      push: async (p, service, id) =>
        expectOk(`connect proto ${p.name}`, await connectPushProto(ing!.http, encodePushRequest(pushRequest(p.raw, { service_name: service, __name__: 'process_cpu' }, id)))),
      typeIds: (p) => profileTypeIds(p.raw),
    },
    {
      key: 'connect-json',
      push: async (p, service, id) => expectOk(`connect json ${p.name}`, await connectPushJson(ing!.http, pushRequestJson(p.raw, { service_name: service, __name__: 'process_cpu' }, id))),
      typeIds: (p) => profileTypeIds(p.raw),
    },
    {
      key: 'ingest-gzip',
      push: async (p, service) => expectOk(`/ingest gzip ${p.name}`, await ingestRaw(ing!.http, ingestQuery(p, service), gzipped(p.raw))),
      typeIds: ingestTypeIds,
    },
    {
      key: 'ingest-plain',
      push: async (p, service) => expectOk(`/ingest plain ${p.name}`, await ingestRaw(ing!.http, ingestQuery(p, service), plain(p.raw))),
      typeIds: ingestTypeIds,
    },
    {
      key: 'ingest-multipart',
      push: async (p, service) => expectOk(`/ingest multipart ${p.name}`, await ingestMultipart(ing!.http, ingestQuery(p, service), p.raw)),
      typeIds: ingestTypeIds,
    },
  ];

  const serviceOf = (protocol: Protocol, p: TestProfile): string => `${protocol.key}-${p.name.replaceAll('.', '_')}`;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'acceptance-protocols-'));
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'));
    grpc = pusherClient(ing);
    // Push everything first (reads below are all against one head), each protocol's pushes in parallel.
    for (const protocol of protocols) {
      await Promise.all(corpus.map((p, i) => protocol.push(p, serviceOf(protocol, p), `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
    }
  });
  after(async () => {
    grpc?.close();
    await stopProcess(ing);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const key of ['grpc', 'connect-proto', 'connect-json', 'ingest-gzip', 'ingest-plain', 'ingest-multipart']) {
    it(`serves each profile pushed over ${key} with the pprof's totals per sample type and its function names`, async () => {
      const protocol = protocols.find((p) => p.key === key)!;
      const known = new Set((await client.profileTypes(ing!.http)).profileTypes.map((t) => t.ID ?? ''));
      for (const p of corpus) {
        const service = serviceOf(protocol, p);
        const selector = `{service_name="${service}"}`;
        const totals = pprofTotals(p.raw);
        const typeIds = protocol.typeIds(p);
        for (const [t, typeId] of typeIds.entries()) {
          const what = `${key} ${p.name} ${typeId}`;
          // A sample type whose values are all zero makes no series (as in Pyroscope): nothing to list.
          if (totals[t] !== 0) expect(known.has(typeId), `${what}: profile type listed by ProfileTypes`).to.equal(true);
          expect(sumSeries(await client.selectSeries(ing!.http, typeId, selector)), `${what}: SelectSeries total`).to.equal(totals[t]);
          const { flamegraph } = await client.flameGraph(ing!.http, typeId, selector);
          expect(Number(flamegraph!.total), `${what}: flame graph total`).to.equal(totals[t]);
          const names = new Set(flamegraph!.names);
          const expected = pprofFunctionNames(p.raw, t);
          for (const n of expected) expect(names.has(n), `${what}: function ${JSON.stringify(n).slice(0, 80)} missing from the flame graph`).to.equal(true);
          // Any other name is the root or an unsymbolized frame (shown by its address).
          for (const n of names) if (!expected.has(n)) expect(n === 'total' || /^0x[0-9a-f]+$/.test(n), `${what}: unexpected name ${JSON.stringify(n).slice(0, 80)}`).to.equal(true);
        }
      }
    });
  }

  it('takes Connect JSON with the original (snake_case) field names and URL-safe unpadded base64, as proto3 JSON allows', async () => {
    // proto3 JSON parsers accept both field name forms and both base64 alphabets, with or without padding.
    const p = corpus.find((f) => f.name === 'go-heap.pb.gz')!;
    const service = 'connect-json-snake-base64url';
    const body = JSON.stringify({
      series: [{ labels: [{ name: 'service_name', value: service }, { name: '__name__', value: 'memory' }], samples: [{ raw_profile: Buffer.from(p.raw).toString('base64url'), ID: 'snake-1' }] }],
    });
    expectOk('connect json snake_case base64url', await connectPushJson(ing!.http, body));
    const totals = pprofTotals(p.raw);
    for (const [t, typeId] of profileTypeIds(p.raw, 'memory').entries()) {
      expect(sumSeries(await client.selectSeries(ing!.http, typeId, `{service_name="${service}"}`)), typeId).to.equal(totals[t]);
    }
  });

  it('repairs invalid UTF-8 in function names with U+FFFD, one per bad byte, over every protocol', async () => {
    const p = corpus.find((f) => f.name === 'invalid_utf8.pb.gz');
    expect(p, 'invalid_utf8.pb.gz in the corpus').to.not.equal(undefined);
    // The profile's one function name is the bytes 0x00..0xff: the ASCII half survives, each of the 128
    // bytes above 0x7f is not UTF-8 on its own and becomes one U+FFFD.
    const repaired = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)) + '\uFFFD'.repeat(128);
    for (const protocol of protocols) {
      const [typeId] = protocol.typeIds(p!);
      const { flamegraph } = await client.flameGraph(ing!.http, typeId!, `{service_name="${serviceOf(protocol, p!)}"}`);
      expect(flamegraph!.names, `${protocol.key}: the repaired name`).to.include(repaired);
    }
  });

  it('labels /ingest series with the name\'s labels and the spy, and names .NET dashed sample types with underscores', async () => {
    // dotnet-pprof-211 with its sample types dashed as older .NET agents send them (alloc-samples).
    const source = corpus.find((f) => f.name === 'dotnet-pprof-211.pb.gz')!;
    const dashed = Profile.decode(plain(source.raw));
    dashed.sampleType.forEach((vt) => (vt.type = dashed.stringTable.dedup(String(dashed.stringTable.strings[Number(vt.type)]).replaceAll('_', '-'))));
    const service = 'ingest-dotnet-dashed';
    expectOk('/ingest dashed .NET', await ingestRaw(ing!.http, { name: `${service}{acceptance=protocols}`, spyName: 'dotnetspy' }, Buffer.from(dashed.encode())));
    const series = (await client.series(ing!.http)).labelsSet.map((l) => Object.fromEntries((l.labels ?? []).map((x) => [x.name, x.value])));
    const mine = series.filter((s) => s['service_name'] === service);
    for (const s of mine) {
      expect(s['acceptance']).to.equal('protocols');
      expect(s['pyroscope_spy']).to.equal('dotnetspy');
    }
    // The sample types with non-zero values: cpu, alloc_samples, alloc_size.
    expect(mine.map((s) => s['__profile_type__']).sort()).to.deep.equal([
      'process_cpu:alloc_samples:count::nanoseconds', 'process_cpu:alloc_size:bytes::nanoseconds', 'process_cpu:cpu:nanoseconds::nanoseconds',
    ]);
    const totals = pprofTotals(source.raw);
    expect(sumSeries(await client.selectSeries(ing!.http, 'process_cpu:alloc_size:bytes::nanoseconds', `{service_name="${service}"}`))).to.equal(totals[3]);
  });
});
