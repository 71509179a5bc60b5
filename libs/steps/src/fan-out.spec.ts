import { CancelledError, HostsFailedError } from '@kdeploy/errors';
import { fanOut, fanOutSettled } from './fan-out';

const hosts = (n: number) => Array.from({ length: n }, (_, i) => ({ host: `h${i + 1}` }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fanOut', () => {
  it('never has more hosts in flight than the concurrency limit, and returns values in input order', async () => {
    let inFlight = 0;
    let max = 0;
    const values = await fanOut(
      hosts(9),
      async (h) => {
        max = Math.max(max, ++inFlight);
        await sleep(10 + Math.random() * 20);
        inFlight--;
        return h.host.toUpperCase();
      },
      { concurrency: 3, what: 'probe' },
    );
    expect(max).toBe(3);
    expect(values).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9']);
  });

  it('runs every host when some fail and throws one HostsFailedError naming each failed host', async () => {
    const ran: string[] = [];
    const work = fanOut(
      hosts(5),
      async (h) => {
        ran.push(h.host);
        if (h.host === 'h2' || h.host === 'h4') throw new Error(`${h.host} broke`);
      },
      { concurrency: 1, what: 'Install etcd binaries' },
    );
    await expect(work).rejects.toBeInstanceOf(HostsFailedError);
    await expect(work).rejects.toThrow('Install etcd binaries failed on 2 host(s): h2: h2 broke; h4: h4 broke');
    expect(ran).toEqual(['h1', 'h2', 'h3', 'h4', 'h5']);
  });

  it('keeps the results of the hosts that succeeded in the settled variant', async () => {
    const outcomes = await fanOutSettled(
      hosts(3),
      async (h) => {
        if (h.host === 'h2') throw 'not an Error';
        return h.host;
      },
      { concurrency: 2, what: 'x' },
    );
    expect(outcomes.map((o) => (o.ok ? o.value : o.error.message))).toEqual(['h1', 'not an Error', 'h3']);
  });

  it('does not start pending hosts after abort and reports them cancelled', async () => {
    const ac = new AbortController();
    const started: string[] = [];
    const outcomes = await fanOutSettled(
      hosts(6),
      async (h) => {
        started.push(h.host);
        if (h.host === 'h2') ac.abort();
        await sleep(5);
      },
      { concurrency: 2, signal: ac.signal, what: 'Start etcd' },
    );
    expect(started).toEqual(['h1', 'h2']);
    const cancelled = outcomes.filter((o) => !o.ok);
    expect(cancelled.map((o) => o.host)).toEqual(['h3', 'h4', 'h5', 'h6']);
    expect(cancelled.every((o) => !o.ok && o.error instanceof CancelledError)).toBe(true);
  });

  it('refuses a bad concurrency and a host listed twice', async () => {
    await expect(fanOut(hosts(2), async () => 1, { concurrency: 0, what: 'x' })).rejects.toThrow(RangeError);
    await expect(fanOut([{ host: 'a' }, { host: 'a' }], async () => 1, { concurrency: 1, what: 'x' })).rejects.toThrow(/twice/);
  });
});
