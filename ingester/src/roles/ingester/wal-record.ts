// What the ingester writes in the WAL for one push: the validated PushRequest as received (its bytes, not
// decoded data, so WAL writes stay small), the tenant, and the receive time. Replay runs normalizePush on
// it again; normalizePush is deterministic given these three, so the head gets the same profiles back.
//
//   u8 version (1) · u16 LE tenant length · tenant (UTF-8) · f64 LE receivedAtMs · PushRequest bytes
import { push } from '../../gen/index.ts';

const VERSION = 1;

export interface PushRecord {
  tenant: string;
  receivedAtMs: number;
  request: push.v1.PushRequest;
}

/**
 * The record as two parts, its header and the request's bytes, which are not copied: the WAL writes parts as they
 * are (a copy of every request was external memory churn on the push path), so the caller must leave the bytes
 * unchanged until the append resolves (the push holds its request that long anyway).
 */
export function pushRecordParts(tenant: string, receivedAtMs: number, requestBytes: Uint8Array): [Buffer, Uint8Array] {
  const tenantBytes = Buffer.from(tenant, 'utf8');
  const header = Buffer.allocUnsafe(1 + 2 + tenantBytes.length + 8);
  header.writeUInt8(VERSION, 0);
  header.writeUInt16LE(tenantBytes.length, 1);
  tenantBytes.copy(header, 3);
  header.writeDoubleLE(receivedAtMs, 3 + tenantBytes.length);
  return [header, requestBytes];
}

export function decodePushRecord(payload: Buffer): PushRecord {
  if (payload.length < 11 || payload.readUInt8(0) !== VERSION) throw new Error(`unknown WAL record version ${payload[0]}`);
  const tenantLength = payload.readUInt16LE(1);
  const tenant = payload.toString('utf8', 3, 3 + tenantLength);
  const receivedAtMs = payload.readDoubleLE(3 + tenantLength);
  const request = push.v1.PushRequest.decode(payload.subarray(3 + tenantLength + 8));
  return { tenant, receivedAtMs, request };
}
