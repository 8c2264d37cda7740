// Runs the real program as a child process (-target=ingester) on 127.0.0.1 with free ports, and talks to
// it the way clients do: Connect (application/proto) for pushes and reads, plain HTTP for /flush and
// /ingester/status.
import { google, querier, types, type ingester } from '../../ingester/src/gen/index.ts';
import { connect } from '../support/connect.ts';
import { startProgram, type ProgramProcess } from '../support/program.ts';

export { pushProfile } from '../support/connect.ts';

export type IngesterProcess = ProgramProcess;

/** Starts the ingester and resolves once it has replayed its WAL and serves (its "started" log line). */
export async function startIngester(dataDir: string, bucketDir: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<IngesterProcess> {
  const args = [
    '-target=ingester',
    '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
    // The test profiles were recorded years ago: accept any timestamp.
    '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
    // One ingester alone: its ring lives in memory (not in ./data/ring.json, shared with everything else).
    '-ingester.ring.store=memory',
    `-ingester.data-dir=${dataDir}`, `-storage.filesystem.dir=${bucketDir}`, '-ingester.upload.min-backoff=50ms', '-ingester.upload.max-backoff=200ms',
    ...extraArgs,
  ];
  return startProgram('ingester', args, { env });
}

export async function stopProcess(p: IngesterProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill(signal);
  await p.exited;
}

const Q = 'querier.v1.QuerierService';

export const client = {
  profileTypes: async (base: string, tenant?: string) =>
    querier.v1.ProfileTypesResponse.decode(await connect(base, `${Q}/ProfileTypes`, querier.v1.ProfileTypesRequest.encode({}).finish(), tenant)),
  labelValues: async (base: string, name: string, tenant?: string) =>
    types.v1.LabelValuesResponse.decode(await connect(base, `${Q}/LabelValues`, types.v1.LabelValuesRequest.encode({ name }).finish(), tenant)),
  labelNames: async (base: string, tenant?: string) =>
    types.v1.LabelNamesResponse.decode(await connect(base, `${Q}/LabelNames`, types.v1.LabelNamesRequest.encode({}).finish(), tenant)),
  series: async (base: string, tenant?: string) =>
    querier.v1.SeriesResponse.decode(await connect(base, `${Q}/Series`, querier.v1.SeriesRequest.encode({}).finish(), tenant)),
  flameGraph: async (base: string, profileTypeID: string, labelSelector: string, tenant?: string) =>
    // Every frame: max_nodes 0 (unset) means the default 8192 nodes, as in Pyroscope, which a large profile exceeds.
    querier.v1.SelectMergeStacktracesResponse.decode(
      await connect(base, `${Q}/SelectMergeStacktraces`, querier.v1.SelectMergeStacktracesRequest.encode({ profileTypeID, labelSelector, start: 0, end: Date.now() + 3_600_000, maxNodes: 1 << 20 }).finish(), tenant),
    ),
  selectSeries: async (base: string, profileTypeID: string, labelSelector: string, tenant?: string) => {
    // Steps of 10^6 s from 1970 to past now: every profile (the test profiles keep their original
    // timestamps; some have none and get the receive time) falls in some step.
    const stepMs = 1e9;
    const end = Math.ceil((Date.now() + 3_600_000) / stepMs) * stepMs;
    return querier.v1.SelectSeriesResponse.decode(
      await connect(base, `${Q}/SelectSeries`, querier.v1.SelectSeriesRequest.encode({ profileTypeID, labelSelector, start: 0, end, step: stepMs / 1000 }).finish(), tenant),
    );
  },
  mergeProfile: async (base: string, profileTypeID: string, labelSelector: string, tenant?: string) =>
    google.v1.Profile.decode(await connect(base, `${Q}/SelectMergeProfile`, querier.v1.SelectMergeProfileRequest.encode({ profileTypeID, labelSelector, start: 0, end: Date.now() + 3_600_000 }).finish(), tenant)),
  selectProfiles: async (base: string, profileTypeID: string, labelSelector: string, tenant?: string): Promise<ingester.v1.SelectProfilesResponse> => {
    const { ingester: ing } = await import('../../ingester/src/gen/index.ts');
    return ing.v1.SelectProfilesResponse.decode(
      await connect(base, 'ingester.v1.IngesterService/SelectProfiles', ing.v1.ProfileSelector.encode({ profileTypeID, labelSelector, start: 0, end: Date.now() + 3_600_000 }).finish(), tenant),
    );
  },
};

export async function httpJson<T>(base: string, pathName: string, method = 'GET'): Promise<T> {
  const res = await fetch(base + pathName, { method });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${pathName}: HTTP ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

export const sumSeries = (r: querier.v1.SelectSeriesResponse): number => r.series.reduce((a, s) => a + (s.points ?? []).reduce((b, p) => b + Number(p.value), 0), 0);
