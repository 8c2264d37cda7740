// A hostile regex matcher against a real ingester process: `(.*.*)*x` backtracks exponentially in a
// backtracking engine (JavaScript's RegExp took ~45 s for a 16-character value and blocked the event loop:
// no WAL commits, no heartbeats). With a linear-time (RE2) engine the query answers at once, and the process
// keeps answering /ready while it runs. The query runs against a child process, so a regression cannot hang
// the test suite itself: the query has a deadline and the child is killed afterwards.
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { querier, types } from '../../ingester/src/gen/index.ts';
import { pushProfile, startIngester, stopProcess, type IngesterProcess } from './harness.ts';

/** 30 characters: far past what a backtracking engine can finish for `(.*.*)*x`. */
const LONG_SERVICE = 'checkout-service-eu-west-1-abc';

async function post(base: string, method: string, body: Uint8Array, signal: AbortSignal): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(`${base}/querier.v1.QuerierService/${method}`, { method: 'POST', headers: { 'content-type': 'application/proto' }, body, signal });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

describe('ingester process: a hostile regex matcher', function () {
  this.timeout(120_000);
  let dir: string;
  let ing: IngesterProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingester-regex-'));
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'));
    const [profile] = loadTestProfiles();
    expect(LONG_SERVICE).to.have.length(30);
    await pushProfile(ing.http, profile!.raw, { service_name: LONG_SERVICE, __name__: 'process_cpu' }, '00000000-0000-0000-0000-000000000001');
  });
  after(async () => {
    await stopProcess(ing);
    await rm(dir, { recursive: true, force: true });
  });

  it('answers {service_name=~"(.*.*)*x"} against a 30-character value while /ready keeps answering', async () => {
    const request = querier.v1.SeriesRequest.encode({ matchers: ['{service_name=~"(.*.*)*x"}'], labelNames: ['service_name'] }).finish();
    // Generous deadlines (the machine is shared): a backtracking engine needs far longer than this for 30 characters.
    const query = post(ing!.http, 'Series', request, AbortSignal.timeout(30_000)).then(
      (r) => ({ done: true as const, ...r }),
      (e: unknown) => ({ done: false as const, error: e }),
    );
    let settled = false;
    void query.then(() => (settled = true));
    // /ready keeps answering while the query runs (a blocked event loop answers nothing). Its status does not
    // matter here (during -ingester.min-ready-duration it is 503): only that the process answers.
    const unanswered: string[] = [];
    let readyAnswers = 0;
    do {
      const answer = await fetch(`${ing!.http}/ready`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status,
        (e: unknown) => `no answer: ${(e as Error).message}`,
      );
      if (typeof answer === 'number') readyAnswers++;
      else unanswered.push(answer);
      await new Promise((r) => setTimeout(r, 50));
    } while (!settled && unanswered.length === 0);
    const result = await query;
    expect(unanswered, '/ready while the regex query runs').to.deep.equal([]);
    expect(readyAnswers).to.be.greaterThan(0);
    expect(result.done, `the query answered (${result.done ? '' : (result.error as Error).message})`).to.equal(true);
    if (!result.done) return;
    expect(result.status).to.equal(200);
    expect(querier.v1.SeriesResponse.decode(result.body).labelsSet, 'no value ends in x').to.deep.equal([]);
  });

  it('matches as Prometheus does: anchored at both ends, RE2 syntax such as (?P<name>…) and [[:alpha:]]', async () => {
    const series = async (matcher: string) => {
      const r = await post(ing!.http, 'Series', querier.v1.SeriesRequest.encode({ matchers: [matcher], labelNames: ['service_name'] }).finish(), AbortSignal.timeout(30_000));
      expect(r.status, `${matcher}: ${r.body.toString()}`).to.equal(200);
      return querier.v1.SeriesResponse.decode(r.body).labelsSet.map((l: types.v1.ILabels) => l.labels?.find((p) => p.name === 'service_name')?.value);
    };
    expect(await series('{service_name=~"checkout"}'), 'a regex must match the whole value').to.deep.equal([]);
    expect(await series('{service_name=~"checkout.*"}')).to.deep.equal([LONG_SERVICE]);
    expect(await series('{service_name=~"(?P<app>[[:alpha:]]+)-service.*"}')).to.deep.equal([LONG_SERVICE]);
    expect(await series('{service_name!~"(?i)CHECKOUT.*"}')).to.deep.equal([]);
  });

  it('refuses a pattern RE2 refuses (a backreference, a lookahead) with 400 and a message naming the pattern', async () => {
    for (const bad of ['(a)\\\\1', '(?=x)x']) {
      const matcher = `{service_name=~"${bad}"}`;
      const r = await post(ing!.http, 'Series', querier.v1.SeriesRequest.encode({ matchers: [matcher] }).finish(), AbortSignal.timeout(30_000));
      expect(r.status, matcher).to.equal(400);
      expect(r.body.toString(), matcher).to.match(/invalid regular expression .* for label \\"service_name\\" \(RE2 syntax\)/);
    }
  });
});
