// `npm run test-apiserver`: the test cluster as a foreground program, stopped by a signal.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { eventually, FIXTURE_IMAGE, fixtureImages, kubectl } from './kubelet/testing.ts';

/** Whether a process group still has a member that is not a zombie. */
function groupAlive(pgid: number): boolean {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    } catch {
      // gone meanwhile
    }
  }
  return false;
}

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

describe('the test cluster program', function () {
  this.timeout(120_000);

  it('writes a kubeconfig kubectl can use, runs pods from its image table, and stops them all on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-cluster-main-'));
    const kubeconfigPath = path.join(dir, 'nested', 'kubeconfig');
    const imagesPath = path.join(dir, 'images.yaml');
    fs.writeFileSync(imagesPath, YAML.stringify(fixtureImages()));
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--kubeconfig', kubeconfigPath, '--images', imagesPath, '--nodes', 'n1,n2', '--log.level', 'warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await eventually(async () => (fs.existsSync(kubeconfigPath) && /kubectl --kubeconfig/.test(stderr) ? true : undefined), `the kubeconfig (stderr: ${stderr})`);
      const nodes = await kubectl({ kubeconfigPath }, ['get', 'nodes', '-o', 'name']);
      expect(nodes.trim().split('\n')).to.deep.equal(['node/n1', 'node/n2']);
      await kubectl({ kubeconfigPath }, ['run', 'web', `--image=${FIXTURE_IMAGE}:v1`, '--', '--listen=$(POD_IP):8080']);
      const pid = await eventually(async () => {
        const id = await kubectl({ kubeconfigPath }, ['get', 'pod', 'web', '-o', 'jsonpath={.status.containerStatuses[0].containerID}']);
        return /^process:\/\/\d+$/.test(id) ? Number(id.slice('process://'.length)) : undefined;
      }, 'the web pod to run');
      expect(groupAlive(pid)).to.equal(true);
      child.kill('SIGTERM');
      expect(await exited).to.equal(0);
      expect(groupAlive(pid)).to.equal(false);
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its flags with -help', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '-help'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).to.equal(0);
    for (const flag of ['-port', '-kubeconfig', '-images', '-data-dir', '-nodes']) expect(out).to.include(flag);
  });
});
