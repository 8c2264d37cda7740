// A child process for the file store test: does `count` CAS updates on the ring file, each incrementing a
// shared counter (read-modify-write: a lost update shows as a short count) and adding its own instance.
import { FileRingStore } from '../../ingester/src/ring/kv/file.ts';

const [filePath, worker, countText] = process.argv.slice(2);
const store = new FileRingStore({ filePath: filePath!, backoff: { minMs: 1, maxMs: 20, maxAttempts: 10_000 } });
for (let i = 0; i < Number(countText); i++) {
  await store.cas((desc) => {
    const counter = desc.instances['counter'] ?? { id: 'counter', addr: '', zone: '', state: 'PENDING' as const, tokens: [], heartbeatMs: 0, registeredAtMs: 0 };
    counter.heartbeatMs += 1;
    desc.instances['counter'] = counter;
    desc.instances[`${worker}-${i}`] = { id: `${worker}-${i}`, addr: `${worker}:${i}`, zone: '', state: 'ACTIVE', tokens: [], heartbeatMs: i, registeredAtMs: i };
    return desc;
  });
}
await store.close();
