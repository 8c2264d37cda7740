// Generated protobuf code (protos.js/.d.ts, by `make proto` from proto/) re-exported with 64-bit integers
// decoded as JS numbers instead of Long objects: our int64 values (timestamps, sample values) stay below
// 2^53 in practice, and numbers keep the hot paths free of allocations.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export * from './protos.js';
