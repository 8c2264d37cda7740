// The extractions docs.test.ts relies on, on small inputs: a wrong extraction would make that test pass
// without checking anything, or fail on prose.
import { expect } from 'chai';
import { codeSpans, fencedBlocks, flagsInHelp, flagsInText, headingSlugs, metricFamily, metricsInPromQL, relativeLinks, schemaPathExists, selectorsIn, type DeclaredMetric } from './extract.ts';

describe('docs extraction helpers', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a metric with a selector and a range inside a function', 'sum by (namespace, pod) (rate(ingester_pushes_total{result="error"}[5m])) > 0', ['ingester_pushes_total']],
    ['two metrics around a division, grouping labels ignored', 'sum by (namespace) (rate(a_total[5m])) / sum by (namespace) (rate(b_total[5m])) > 0.01', ['a_total', 'b_total']],
    ['a histogram bucket inside histogram_quantile', 'histogram_quantile(0.99, sum by (le) (rate(x_seconds_bucket[5m]))) > 0.5', ['x_seconds_bucket']],
    ['label values and set operators are not metrics', 'up{job="and_or"} == 0 and on (pod) other_metric unless ignoring (x) third', ['up', 'other_metric', 'third']],
    ['numbers with exponents are not metrics', 'x_bytes > 1e9', ['x_bytes']],
  ];
  for (const [sentence, expr, names] of cases) {
    it(`metricsInPromQL: ${sentence}`, () => expect(metricsInPromQL(expr)).to.have.members(names).and.have.lengthOf(names.length));
  }

  it('selectorsIn returns every matcher label, whatever the operator', () => {
    expect(selectorsIn('m{a="1", b!="2",c=~"3"} + n{d!~"4"}')).to.deep.equal([
      { metric: 'm', labels: ['a', 'b', 'c'] },
      { metric: 'n', labels: ['d'] },
    ]);
  });

  it('metricFamily accepts a histogram\'s _bucket/_sum/_count but not a counter\'s', () => {
    const metrics = new Map<string, DeclaredMetric>([
      ['h_seconds', { name: 'h_seconds', type: 'histogram', labels: ['method'], file: '' }],
      ['c_total', { name: 'c_total', type: 'counter', labels: [], file: '' }],
    ]);
    expect(metricFamily(metrics, 'h_seconds_bucket')?.labels).to.deep.equal(['method', 'le']);
    expect(metricFamily(metrics, 'h_seconds_count')?.name).to.equal('h_seconds');
    expect(metricFamily(metrics, 'c_total_count')).to.equal(undefined);
    expect(metricFamily(metrics, 'nope')).to.equal(undefined);
  });

  it('flagsInText finds program flags, not kubectl flags, short options or hyphenated words', () => {
    const text = [
      'Set `-ingester.ring.heartbeat-timeout` and -target=ingester; see <-ingester.data-dir>/wal.',
      'kubectl wait --for=condition=Available -n x -o wide; a read-only, non-zero ingester-cluster.dev/x',
      'the `-namespace` flag, curl -sf, `-help`.',
    ].join('\n');
    expect(flagsInText(text, { undotted: true })).to.have.members(['ingester.ring.heartbeat-timeout', 'target', 'ingester.data-dir', 'namespace', 'help']);
    expect(flagsInText(text, { undotted: false })).to.have.members(['ingester.ring.heartbeat-timeout', 'ingester.data-dir']);
  });

  it('flagsInHelp reads flag lines and their aliases', () => {
    const help = 'Flags:\n  -a.b int\n      help (default 1)\n  -c.d string (alias: -e.f)\n      more\n';
    expect(flagsInHelp(help)).to.deep.equal(['a.b', 'c.d', 'e.f']);
  });

  it('code spans and links outside fenced blocks are found; absolute URLs are not links to check', () => {
    const md = 'a `x_total` and [l](other.md#h) [u](https://example.com)\n```sh\n`inside` [z](nope.md)\n```\n';
    expect(codeSpans(md)).to.deep.equal(['x_total']);
    expect(relativeLinks(md)).to.deep.equal(['other.md#h']);
    expect(fencedBlocks(md)).to.deep.equal([{ lang: 'sh', body: '`inside` [z](nope.md)\n' }]);
  });

  it('headingSlugs follows GitHub: punctuation dropped, spaces to dashes, repeats numbered', () => {
    expect([...headingSlugs('# A `b` (c)!\n## 5. How it shows\n## Same\n## Same\n')]).to.deep.equal(['a-b-c', '5-how-it-shows', 'same', 'same-1']);
  });

  it('schemaPathExists steps through arrays and stops at unknown fields', () => {
    const schema = { properties: { spec: { properties: { zones: { items: { type: 'string' } }, list: { items: { properties: { name: {} } } } } } } };
    expect(schemaPathExists(schema, ['spec', 'list', 'name'])).to.equal(true);
    expect(schemaPathExists(schema, ['spec', 'zones'])).to.equal(true);
    expect(schemaPathExists(schema, ['spec', 'bogus'])).to.equal(false);
  });
});
