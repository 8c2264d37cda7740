// TLS between the distributor/querier and an ingester, with certificates made here by the real openssl: the
// ingester's servers require client certificates signed by the test CA (mutual TLS); the front process
// presents one. A client with only the CA (no certificate) is refused.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { push } from '../../ingester/src/gen/index.ts';
import { IngesterClientPool } from '../../ingester/src/roles/distributor/ingester-pool.ts';
import { createGrpcClient, GrpcServer } from '../../ingester/src/server/grpc.ts';
import { registerServices } from '../../ingester/src/server/services.ts';
import { grpcServerCredentials, loadServerTls } from '../../ingester/src/server/tls.ts';
import { silentLogger } from '../../ingester/src/util/log.ts';
import { INGESTER_SERVICE } from '../../ingester/src/server/service-table.ts';
import { ApiError } from '../../ingester/src/util/errors.ts';
import { allActive, clusterDirs, commonArgs, ingesterArgs, kill, pushProfile, readProfile, sumsBy, startProcess, type ClusterDirs, type Proc } from './harness.ts';

function makeCertificates(dir: string): void {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ec, '-days', '1', '-subj', '/CN=test-ca', '-keyout', 'ca-key.pem', '-out', 'ca.pem');
  for (const [name, cn, ext] of [
    ['server', 'ingester', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth'],
    ['client', 'distributor', 'extendedKeyUsage=clientAuth'],
    ['named', 'ingester.internal', 'subjectAltName=DNS:ingester.internal\nextendedKeyUsage=serverAuth'],
  ] as const) {
    run('req', ...ec, '-subj', `/CN=${cn}`, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`);
    execFileSync('bash', ['-c', `printf '${ext}\\n' > ${name}.ext`], { cwd: dir });
    run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-days', '1', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  }
}

describe('TLS between the distributor/querier and the ingesters', function () {
  this.timeout(120_000);
  let dirs: ClusterDirs;
  let ingester: Proc | undefined;
  let front: Proc | undefined;
  const file = (name: string) => path.join(dirs.root, name);

  before(async function () {
    this.timeout(180_000);
    dirs = clusterDirs('cluster-tls-');
    makeCertificates(dirs.root);
    const rf = '-ingester.ring.replication-factor=1';
    ingester = await startProcess('ing-tls', ingesterArgs(dirs, 'ing-tls', [rf, `-server.tls-cert-path=${file('server.pem')}`, `-server.tls-key-path=${file('server-key.pem')}`, `-server.tls-client-ca-path=${file('ca.pem')}`]));
    front = await startProcess('front-tls', [
      '-target=distributor,querier', ...commonArgs(dirs, [rf]),
      '-ingester.client.tls-enabled', `-ingester.client.tls-ca-path=${file('ca.pem')}`, `-ingester.client.tls-cert-path=${file('client.pem')}`, `-ingester.client.tls-key-path=${file('client-key.pem')}`,
    ]);
    await allActive(front.http, ['ing-tls']);
  });

  after(async () => {
    await Promise.all([kill(front), kill(ingester)]);
    dirs?.cleanup();
  });

  it('the ingester serves HTTPS only to clients with a certificate of the CA', async () => {
    expect(ingester!.http).to.match(/^https:\/\//);
    const get = (withCert: boolean) =>
      new Promise<number>((resolve, reject) => {
        const req = https.get(`${ingester!.http}/ready`, {
          ca: readFileSync(file('ca.pem')),
          ...(withCert ? { cert: readFileSync(file('client.pem')), key: readFileSync(file('client-key.pem')) } : {}),
        }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
      });
    expect(await get(true)).to.equal(200);
    const refused = await get(false).then(() => undefined, (e: unknown) => e);
    expect(refused, 'no client certificate').to.be.instanceOf(Error);
  });

  it('pushes and reads go through the front to the ingester over mutual TLS', async () => {
    const id = randomUUID();
    await pushProfile(front!.http, readProfile('go-cpu.pb.gz'), { service_name: 'tls-test', push_id: id }, randomUUID());
    const sums = await sumsBy(front!.http, 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', '{service_name="tls-test"}', 'push_id');
    expect([...sums.keys()]).to.deep.equal([id]);
  });

  it('a client that trusts the CA but presents no certificate is refused', async () => {
    const port = JSON.parse(readFileSync(dirs.ringFile, 'utf8')).instances['ing-tls'].addr.split(':')[1] as string;
    const request = push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'no-cert' }], samples: [{ rawProfile: readProfile('go-cpu.pb.gz') }] }] });
    const noCert = createGrpcClient(INGESTER_SERVICE, `127.0.0.1:${port}`, { tls: { ca: readFileSync(file('ca.pem')) }, defaultDeadlineMs: 10_000 });
    const withCert = createGrpcClient(INGESTER_SERVICE, `127.0.0.1:${port}`, {
      tls: { ca: readFileSync(file('ca.pem')), cert: readFileSync(file('client.pem')), key: readFileSync(file('client-key.pem')) },
      defaultDeadlineMs: 10_000,
    });
    try {
      const err = await noCert.call('LabelNames', {}).then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError);
      expect(['unavailable', 'deadline_exceeded']).to.include((err as ApiError).code);
      // The same call with the client certificate works: the refusal was about the certificate.
      await withCert.call('Push', request, { tenant: 'tls' });
    } finally {
      noCert.close();
      withCert.close();
    }
  });

  it('-ingester.client.tls-server-name verifies that name instead of the ring address', async () => {
    const tls = loadServerTls({ certPath: file('named.pem'), keyPath: file('named-key.pem'), clientCaPath: '' })!;
    const server = new GrpcServer({ port: 0, host: '127.0.0.1', logger: silentLogger(), multiTenancy: () => false, credentials: grpcServerCredentials(tls) });
    const tenants: string[] = [];
    registerServices({ grpc: server }, { ingester: { push: async (ctx: { tenant: string }) => void tenants.push(ctx.tenant) } as never }, { multiTenancy: () => false });
    await server.start();
    const config = { timeoutMs: 5000, keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, tlsEnabled: true, tlsCaPath: file('ca.pem'), tlsCertPath: '', tlsKeyPath: '', tlsServerName: '', callStream: true };
    const named = new IngesterClientPool({ ...config, tlsServerName: 'ingester.internal' });
    const byAddress = new IngesterClientPool(config);
    try {
      await named.get(server.address).call('Push', push.v1.PushRequest.create({ series: [] }), { tenant: 'named' });
      expect(tenants).to.deep.equal(['named']);
      const err = await byAddress.get(server.address).call('Push', push.v1.PushRequest.create({ series: [] })).then(() => undefined, (e: unknown) => e);
      expect(err, 'the certificate does not name 127.0.0.1').to.be.instanceOf(ApiError);
    } finally {
      named.close();
      byAddress.close();
      await server.stop();
    }
  });
});
