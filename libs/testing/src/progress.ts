import type { commonV1 } from '@kdeploy/proto';

/** Runs an installer's progress stream to its end: every message, the events, and the final result. */
export async function collectProgress<M extends { event?: commonV1.ProgressEvent__Output | null }>(stream: AsyncIterable<M>) {
  const messages: M[] = [];
  for await (const m of stream) messages.push(m);
  const events = messages.map((m) => m.event).filter(Boolean) as commonV1.ProgressEvent__Output[];
  return { messages, events, result: events.map((e) => e.result).find(Boolean) ?? null };
}
