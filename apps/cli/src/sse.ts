import type { Connection } from './api';

/** One Server-Sent Event of a job: `type` is the SSE event name, `data` its JSON. */
export interface JobEvent {
  seq: number;
  type: string;
  data: Record<string, unknown> & { jobId: string; time: string };
}

function* frames(buffer: { text: string }): Generator<JobEvent> {
  let end: number;
  while ((end = buffer.text.indexOf('\n\n')) >= 0) {
    const raw = buffer.text.slice(0, end);
    buffer.text = buffer.text.slice(end + 2);
    const fields: Record<string, string> = {};
    for (const line of raw.split('\n')) {
      if (line.startsWith(':')) continue;
      const i = line.indexOf(':');
      if (i > 0) fields[line.slice(0, i)] = (fields[line.slice(0, i)] ?? '') + line.slice(i + 1).replace(/^ /, '');
    }
    if (fields['id'] && fields['event'] && fields['data'])
      yield { seq: Number(fields['id']), type: fields['event'], data: JSON.parse(fields['data']) };
  }
}

/**
 * Follows a cluster's events until `jobId` finishes. When the connection drops (the gateway
 * restarted), it reconnects with Last-Event-ID, so no event is lost or shown twice; it gives
 * up after `patienceMs` without a connection.
 */
export async function* followJob(conn: Connection, clusterId: string, jobId: string, patienceMs = 120_000): AsyncGenerator<JobEvent> {
  let last = 0;
  let lostSince: number | undefined;
  for (;;) {
    try {
      const res = await fetch(`${conn.url}/clusters/${encodeURIComponent(clusterId)}/events`, {
        headers: { authorization: `Bearer ${conn.token}`, 'last-event-id': String(last) },
      });
      if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
      lostSince = undefined;
      const buffer = { text: '' };
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer.text += decoder.decode(chunk, { stream: true });
        for (const e of frames(buffer)) {
          last = e.seq;
          if (e.data.jobId !== jobId) continue;
          yield e;
          if (e.type === 'job-finished') return;
        }
      }
    } catch (e) {
      lostSince ??= Date.now();
      if (Date.now() - lostSince > patienceMs)
        throw new Error(`lost the gateway's event stream and could not reconnect for ${patienceMs / 1000} s: ${(e as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
