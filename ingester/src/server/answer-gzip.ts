// How answers are gzip'd for a client that accepts it: by the Connect server (connect.ts), and by an ingester that
// renders a flame graph the querier will send on as it is (MergeRequest.render_gzip), so that both give the same bytes.
import zlib from 'node:zlib';

/** Smaller answers go plain: gzip's header and trailer would eat most of the saving. */
export const COMPRESS_MIN_BYTES = 1024;

// zlib's fastest level: a query's answer is compressed once, on the event loop, for one reader that is usually near
// (Grafana beside the querier). Level 1 costs about half of the default level 6's CPU for a somewhat larger body;
// the querier's flame graph answer was ~11% of its CPU per query at level 6.
const ANSWER_GZIP = { level: zlib.constants.Z_BEST_SPEED } as const;

/** `payload` gzip'd as answers are. */
export const gzipAnswer = (payload: Uint8Array): Buffer => zlib.gzipSync(payload, ANSWER_GZIP);
