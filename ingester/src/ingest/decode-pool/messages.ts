// The messages between the decode pool (pool.ts) and its workers (worker.ts).
import type { ErrorCode } from '../../util/errors.ts';
import type { Limits } from '../limits.ts';
import type { PackedRequest } from './transfer.ts';

export interface JobMessage {
  id: number;
  task: string;
  tenant: string;
  request: PackedRequest;
  limits: Limits;
  receivedAtMs: number;
}

export type ResultMessage =
  | { id: number; ok: true; result: unknown }
  /** code: an ApiError's (the client's fault, or a limit); absent for a bug, whose stack is logged. */
  | { id: number; ok: false; error: { message: string; code?: ErrorCode; httpStatus?: number | undefined; stack?: string | undefined } };

/** What a worker posts: results, and once, when it has loaded its modules, { ready: true }. */
export type WorkerMessage = ResultMessage | { ready: true };
