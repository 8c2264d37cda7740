import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from './node-flags.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the flags node runs the program with', () => {
  it('are in the image\'s ENTRYPOINT, before the program', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'images/ingester.Dockerfile'), 'utf8');
    const entrypoint = /^ENTRYPOINT (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(entrypoint, 'ENTRYPOINT in exec form').to.be.a('string');
    expect(JSON.parse(entrypoint!)).to.deep.equal(['/nodejs/bin/node', ...NODE_FLAGS, '/app/dist/ingester/src/main.js']);
  });

  it('are on make run\'s command line, whose process serves the distributor and the querier', () => {
    const makefile = fs.readFileSync(path.join(ROOT, 'Makefile'), 'utf8');
    const run = /^run:.*\n\t(.*)$/m.exec(makefile)?.[1];
    expect(run, 'the run target\'s command').to.be.a('string');
    expect(run!.split(' ')).to.deep.equal(['node', ...NODE_FLAGS, '--import', 'tsx', 'ingester/src/main.ts', '-target=local-cluster']);
  });

  it('are taken by this node, and set as given', () => {
    // A flag node did not know would stop every container at its start; V8 prints the values it parsed.
    const run = spawnSync(process.execPath, [...NODE_FLAGS, '--print-flag-values', '-e', ''], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    for (const flag of NODE_FLAGS) expect(run.stdout.split('\n'), flag).to.include(flag);
  });
});
