// One lifecycle for every long-lived component: starting → running → stopping → stopped (or failed).
export type ServiceState = 'new' | 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';

export interface Service {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts children in order and stops them in reverse; if one fails to start, the started ones are stopped. */
export class ServiceGroup implements Service {
  private started: Service[] = [];
  constructor(readonly name: string, private readonly children: Service[]) {}

  async start(): Promise<void> {
    for (const child of this.children) {
      try {
        await child.start();
      } catch (err) {
        await this.stop();
        throw new Error(`starting ${child.name}`, { cause: err });
      }
      this.started.push(child);
    }
  }

  async stop(): Promise<void> {
    const errors: unknown[] = [];
    for (const child of this.started.reverse()) {
      try {
        await child.stop();
      } catch (err) {
        errors.push(err);
      }
    }
    this.started = [];
    if (errors.length) throw new AggregateError(errors, `stopping ${this.name}`);
  }
}
