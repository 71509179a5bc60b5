import { TEST_TOKEN } from './processes';

/** One SSE frame as a client sees it. */
export interface SseEvent {
  id: number;
  event: string;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** How readEvents reads: from where, as whom, until when; `onEvent` sees each event as it arrives. */
export interface ReadOptions {
  lastEventId?: number;
  until?: (e: SseEvent) => boolean;
  ms?: number;
  token?: string;
  onEvent?: (e: SseEvent) => void;
}

/**
 * Reads a cluster's event stream until the server ends it, `until` holds, or `ms` pass.
 * A plain fetch reader, as any client would use, with Last-Event-ID when given.
 */
export async function readEvents(url: string, clusterId: string, opts: ReadOptions = {}): Promise<SseEvent[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.ms ?? 30_000);
  const events: SseEvent[] = [];
  try {
    const res = await fetch(`${url}/clusters/${clusterId}/events`, {
      headers: {
        authorization: `Bearer ${opts.token ?? TEST_TOKEN}`,
        ...(opts.lastEventId !== undefined ? { 'last-event-id': String(opts.lastEventId) } : {}),
      },
      signal: abort.signal,
    });
    if (res.status !== 200) throw new Error(`events: HTTP ${res.status}`);
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const frame = text.slice(0, end);
        text = text.slice(end + 2);
        const field = (name: string) =>
          frame
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const id = field('id');
        if (!id) continue;
        const event = field('event');
        const data = field('data');
        if (event === undefined || data === undefined) throw new Error(`events: frame ${id} lacks an event or data line:\n${frame}`);
        const e = { id: Number(id), event, data: JSON.parse(data) };
        events.push(e);
        opts.onEvent?.(e);
        if (opts.until?.(e)) return events;
      }
    }
  } catch (e) {
    if (!abort.signal.aborted) throw e;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return events;
}
