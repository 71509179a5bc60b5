import type { Timestamp, Timestamp__Output } from './generated/types/google/protobuf/Timestamp';

/** google.protobuf.Timestamp for a Date (seconds are a string: PROTO_LOADER_OPTIONS.longs). */
export function toTimestamp(date: Date): Timestamp {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** The Date of a received Timestamp; undefined when the field was unset (null with defaults). */
export function fromTimestamp(ts: Timestamp__Output | Timestamp | null | undefined): Date | undefined {
  if (!ts) return undefined;
  return new Date(Number(ts.seconds ?? 0) * 1000 + Math.floor((ts.nanos ?? 0) / 1_000_000));
}
