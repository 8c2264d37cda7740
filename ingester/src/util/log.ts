// Structured JSON logs. Every logger carries the component and, where known, tenant and instance fields,
// so log lines can be filtered the way operators search them (component="ingester" instance="ingester-2").
import winston from 'winston';

export type Logger = winston.Logger;

export interface LogOptions {
  level?: string;
  /** Fields attached to every line (component, instance, …). */
  fields?: Record<string, string>;
  /** Silences output (unit tests that create many components). */
  silent?: boolean;
}

export function createLogger(component: string, options: LogOptions = {}): Logger {
  return winston.createLogger({
    level: options.level ?? 'info',
    silent: options.silent ?? false,
    defaultMeta: { component, ...options.fields },
    format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug'] })],
  });
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return createLogger('test', { silent: true });
}
