// WAL record framing: [u32 LE payload length][u32 LE CRC32 of the payload][payload].
// A zero length is never written, so a zero-filled tail (left by some filesystems after a crash) reads as
// a torn record rather than as a run of empty records.
import { crc32 } from 'node:zlib';

export const RECORD_HEADER_BYTES = 8;
/** Records above this size are refused at append time and treated as corruption at replay. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function frameRecord(payload: Uint8Array): Buffer {
  return Buffer.concat(frameRecordParts([payload]));
}

/**
 * The same record as its header followed by the payload's parts, which are not copied (the WAL writes them with
 * one writev): a push's record is its request as received, and a copy of every request was external memory churn
 * on the push path. The payload is the parts' concatenation.
 */
export function frameRecordParts(parts: readonly Uint8Array[]): Uint8Array[] {
  let length = 0;
  let crc = 0;
  for (const part of parts) {
    length += part.length;
    crc = crc32(part, crc);
  }
  if (length === 0) throw new Error('WAL records cannot be empty');
  if (length > MAX_RECORD_BYTES) throw new Error(`WAL record of ${length} bytes exceeds ${MAX_RECORD_BYTES}`);
  const header = Buffer.allocUnsafe(RECORD_HEADER_BYTES);
  header.writeUInt32LE(length, 0);
  header.writeUInt32LE(crc, 4);
  return [header, ...parts];
}

export type ScanResult =
  | { kind: 'ok'; records: Buffer[] }
  /** The segment ends in an incomplete or damaged record with nothing valid after it: a write cut by a crash. */
  | { kind: 'torn'; records: Buffer[]; validBytes: number; reason: string }
  /** A damaged record with more data after it: not something a crash produces. */
  | { kind: 'corrupt'; records: Buffer[]; validBytes: number; reason: string };

/** Reads every record of a segment's bytes, telling a torn tail from corruption in the middle. */
export function scanRecords(data: Buffer): ScanResult {
  const records: Buffer[] = [];
  let offset = 0;
  while (offset < data.length) {
    const remaining = data.length - offset;
    if (remaining < RECORD_HEADER_BYTES) {
      return { kind: 'torn', records, validBytes: offset, reason: `${remaining} bytes of a record header at offset ${offset}` };
    }
    const length = data.readUInt32LE(offset);
    const checksum = data.readUInt32LE(offset + 4);
    if (length === 0 || length > MAX_RECORD_BYTES) {
      if (isAllZero(data, offset)) return { kind: 'torn', records, validBytes: offset, reason: `zero-filled tail at offset ${offset}` };
      return { kind: 'corrupt', records, validBytes: offset, reason: `invalid record length ${length} at offset ${offset}` };
    }
    const end = offset + RECORD_HEADER_BYTES + length;
    if (end > data.length) {
      return { kind: 'torn', records, validBytes: offset, reason: `record at offset ${offset} needs ${length} bytes, ${data.length - offset - RECORD_HEADER_BYTES} present` };
    }
    const payload = data.subarray(offset + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== checksum) {
      const kind = end === data.length ? 'torn' : 'corrupt';
      return { kind, records, validBytes: offset, reason: `checksum mismatch in record at offset ${offset}` };
    }
    records.push(payload);
    offset = end;
  }
  return { kind: 'ok', records };
}

function isAllZero(data: Buffer, from: number): boolean {
  for (let i = from; i < data.length; i++) if (data[i] !== 0) return false;
  return true;
}
