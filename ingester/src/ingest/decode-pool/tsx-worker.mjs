// Starts a TypeScript worker under tsx (tests, `make run`): Node 20 does not apply the loader that the parent's
// --import tsx registers to a worker's entry, so it is registered here, in the worker, before the entry loads.
// The compiled program (dist/) never uses this file: it starts worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsxEntry);
