import { expect } from 'chai';
import { ApiError } from '../../util/errors.ts';
import { ACTIVE_SERIES_TIMEOUT_MS, ActiveSeries, localSeriesLimit } from './active-series.ts';

describe('active series limits', () => {
  it('divide the global limit by the healthy ingesters and multiply it by the replication factor, as Pyroscope does', () => {
    expect(localSeriesLimit({ maxLocalSeriesPerTenant: 0, maxGlobalSeriesPerTenant: 5000 }, { healthyInstances: 6, replicationFactor: 3 }).value).to.equal(2500);
    expect(localSeriesLimit({ maxLocalSeriesPerTenant: 0, maxGlobalSeriesPerTenant: 5000 }, undefined).value).to.equal(5000);
  });

  it('take the smaller of the local and the divided global limit, and ignore the global one while no ingester is seen healthy', () => {
    const local = localSeriesLimit({ maxLocalSeriesPerTenant: 100, maxGlobalSeriesPerTenant: 5000 }, { healthyInstances: 3, replicationFactor: 3 });
    expect(local).to.deep.include({ value: 100 });
    expect(local.describe).to.match(/^max-local-series-per-tenant \(100 on each ingester\)/);
    expect(localSeriesLimit({ maxLocalSeriesPerTenant: 0, maxGlobalSeriesPerTenant: 5000 }, { healthyInstances: 0, replicationFactor: 3 }).value).to.equal(0);
    expect(localSeriesLimit({ maxLocalSeriesPerTenant: 0, maxGlobalSeriesPerTenant: 0 }, { healthyInstances: 3, replicationFactor: 3 }).value).to.equal(0);
  });

  it('refuse a push whose new series pass the limit, changing nothing, and admit series already active', () => {
    const series = new ActiveSeries();
    const limit = { value: 3, describe: 'max-local-series-per-tenant (3 on each ingester)' };
    series.admit('t', new Set(['a', 'b']), 0, limit, 'ingester-0');
    let error: unknown;
    try {
      series.admit('t', new Set(['a', 'c', 'd']), 1, limit, 'ingester-0');
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(ApiError).with.property('code', 'resource_exhausted');
    expect((error as ApiError).httpStatus).to.equal(429);
    expect((error as ApiError).message).to.equal(
      'tenant t has 2 active series on ingester-0 and this push adds 2 more: limit max-local-series-per-tenant (3 on each ingester) exceeded; reduce the number of series (fewer labels or label values) or raise the limit',
    );
    expect(series.count('t')).to.equal(2);
    series.admit('t', new Set(['a', 'b', 'c']), 2, limit, 'ingester-0');
    series.admit('t', new Set(['a', 'b', 'c']), 3, limit, 'ingester-0');
    series.admit('other', new Set(['a', 'b', 'c']), 3, limit, 'ingester-0');
    expect(series.count('t')).to.equal(3);
  });

  it('shrink when series are not pushed to for 10 minutes, which makes room for new ones', () => {
    const series = new ActiveSeries();
    const limit = { value: 2, describe: 'test' };
    series.admit('t', new Set(['old', 'kept']), 0, limit, 'i');
    series.admit('t', new Set(['kept']), ACTIVE_SERIES_TIMEOUT_MS, limit, 'i');
    expect(() => series.admit('t', new Set(['new']), ACTIVE_SERIES_TIMEOUT_MS + 1, limit, 'i')).to.throw(ApiError);
    series.purge(ACTIVE_SERIES_TIMEOUT_MS + 1);
    expect(series.count('t')).to.equal(1);
    series.admit('t', new Set(['new']), ACTIVE_SERIES_TIMEOUT_MS + 2, limit, 'i');
    expect(series.count('t')).to.equal(2);
    series.purge(3 * ACTIVE_SERIES_TIMEOUT_MS);
    expect(series.count('t')).to.equal(0);
    expect(series.counts().size).to.equal(0);
  });
});
