// A CA and a serving certificate for 127.0.0.1/localhost, made with the openssl CLI. kubectl refuses to send
// bearer tokens over plain http, so the server speaks https and kubeconfigs carry the CA.
// Generating keys costs tens of milliseconds, so one set is shared by every server of the process (or kept
// in the data folder, so a restarted server keeps the kubeconfigs it wrote valid).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServingCert { caPem: string; certPem: string; keyPem: string }

let shared: ServingCert | undefined;

export function servingCert(dataDir?: string): ServingCert {
  if (dataDir) {
    const dir = join(dataDir, 'pki');
    const files = ['ca.crt', 'server.crt', 'server.key'].map((f) => join(dir, f));
    if (files.every((f) => existsSync(f))) {
      const [caPem, certPem, keyPem] = files.map((f) => readFileSync(f, 'utf8')) as [string, string, string];
      return { caPem, certPem, keyPem };
    }
    const cert = generate();
    mkdirSync(dir, { recursive: true });
    writeFileSync(files[0]!, cert.caPem);
    writeFileSync(files[1]!, cert.certPem);
    writeFileSync(files[2]!, cert.keyPem, { mode: 0o600 });
    return cert;
  }
  return (shared ??= generate());
}

function generate(): ServingCert {
  const dir = mkdtempSync(join(tmpdir(), 'apiserver-pki-'));
  try {
    const run = (args: string[]): void => {
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    };
    run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=test-apiserver-ca',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign,digitalSignature']);
    run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver']);
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n');
    run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '3650', '-extfile', 'ext.cnf']);
    return { caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'), certPem: readFileSync(join(dir, 'server.crt'), 'utf8'), keyPem: readFileSync(join(dir, 'server.key'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
