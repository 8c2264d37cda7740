// The querier's Connect JSON API (querier.v1.QuerierService), as Grafana's Pyroscope data source calls it.
// Every call carries the tenant in X-Scope-OrgID when one is set.
import type { FlameGraphJson } from './flame-model.ts';

export interface ProfileType {
  ID: string;
  name?: string;
  sampleType?: string;
  sampleUnit?: string;
  periodType?: string;
  periodUnit?: string;
}

export interface SeriesJson {
  labels?: Array<{ name: string; value: string }>;
  points?: Array<{ value?: number; timestamp?: number | string }>;
}

export interface TimeRange {
  start: number;
  end: number;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export class QuerierClient {
  constructor(private readonly base = '', public tenant = '') {}

  private async call<T>(method: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.tenant) headers['x-scope-orgid'] = this.tenant;
    const res = await fetch(`${this.base}/querier.v1.QuerierService/${method}`, { method: 'POST', headers, body: JSON.stringify(body), signal });
    const text = await res.text();
    let parsed: unknown = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      throw new ApiError(res.status, 'unknown', `${method}: HTTP ${res.status}: ${text.slice(0, 300)}`);
    }
    if (!res.ok) {
      const err = parsed as { code?: string; message?: string };
      throw new ApiError(res.status, err.code ?? 'unknown', `${method}: ${err.message ?? `HTTP ${res.status}`}`);
    }
    return parsed as T;
  }

  async profileTypes(range: TimeRange): Promise<ProfileType[]> {
    const r = await this.call<{ profileTypes?: ProfileType[] }>('ProfileTypes', range);
    return r.profileTypes ?? [];
  }

  async labelNames(matchers: string[], range: TimeRange): Promise<string[]> {
    const r = await this.call<{ names?: string[] }>('LabelNames', { matchers, ...range });
    return r.names ?? [];
  }

  async labelValues(name: string, matchers: string[], range: TimeRange): Promise<string[]> {
    const r = await this.call<{ names?: string[] }>('LabelValues', { name, matchers, ...range });
    return r.names ?? [];
  }

  async selectSeries(profileTypeID: string, labelSelector: string, range: TimeRange, step: number, groupBy: string[], signal?: AbortSignal): Promise<SeriesJson[]> {
    const r = await this.call<{ series?: SeriesJson[] }>('SelectSeries', { profile_typeID: profileTypeID, label_selector: labelSelector, ...range, step, group_by: groupBy }, signal);
    return r.series ?? [];
  }

  async selectMergeStacktraces(profileTypeID: string, labelSelector: string, range: TimeRange, maxNodes: number, signal?: AbortSignal): Promise<FlameGraphJson> {
    const r = await this.call<{ flamegraph?: FlameGraphJson }>('SelectMergeStacktraces', { profile_typeID: profileTypeID, label_selector: labelSelector, ...range, max_nodes: maxNodes }, signal);
    return r.flamegraph ?? {};
  }
}
