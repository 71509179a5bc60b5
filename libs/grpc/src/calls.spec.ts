import { KdeployError } from '@kdeploy/errors';
import { CANARY, eventually, startGrpcHarness } from './testing/grpc-harness';
import { RemoteCallError } from './status';

describe('gRPC calls through the kit', () => {
  let h: Awaited<ReturnType<typeof startGrpcHarness>>;
  beforeAll(async () => {
    h = await startGrpcHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('returns the handler response to a unary call', async () => {
    const res = await h.pki.unary('GetCACertificates', { clusterId: 'c1' });
    expect(res.cas[0]).toMatchObject({ authority: 'CERTIFICATE_AUTHORITY_ETCD', certificatePem: '-----BEGIN CERTIFICATE-----' });
    expect(res.cas[0].notAfter?.seconds).toBe(String(Date.UTC(2035, 0, 1) / 1000));
  });

  it('turns a KdeployError into its status code with its message', async () => {
    const err = await h.pki.unary('GetCACertificates', { clusterId: 'missing' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteCallError);
    expect(err).toBeInstanceOf(KdeployError);
    expect(err).toMatchObject({ grpcCode: 5, code: 'not-found' });
    expect((err as Error).message).toContain('cluster missing not found');
  });

  it('turns an unknown error into INTERNAL without leaking its message, and logs its stack', async () => {
    const err = (await h.pki.unary('GetCACertificates', { clusterId: 'boom' }).catch((e: unknown) => e)) as RemoteCallError;
    expect(err).toMatchObject({ grpcCode: 13, code: 'internal' });
    expect(err.message).toContain('internal error');
    expect(err.message).not.toContain('database');
    expect(h.lines.some((l) => l.includes('unhandled error in gRPC handler') && l.includes('"stack"'))).toBe(true);
  });

  it('gives DEADLINE_EXCEEDED when the handler outlives the deadline, and fires the handler signal', async () => {
    // The 'slow' handler never answers by itself: the status can only come from the deadline.
    const err = await h.pki.unary('GetCACertificates', { clusterId: 'slow' }, { deadlineMs: 150 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ grpcCode: 4, code: 'deadline-exceeded' });
    await eventually(() => h.aborted.includes('GetCACertificates'));
  });

  it('cancels a unary call when the caller aborts', async () => {
    const controller = new AbortController();
    const call = h.pki.unary('GetCACertificates', { clusterId: 'slow' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('delivers streamed events in order, ending with the result', async () => {
    const events = [];
    for await (const msg of h.etcd.stream('Apply', { target: { clusterId: 'c1' } })) events.push(msg.event);
    expect(events.map((e) => e?.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.map((e) => e?.event)).toEqual(['log', 'log', 'log', 'log', 'log', 'result']);
    expect(events[5]?.result?.success).toBe(true);
  });

  it('fires the streaming handler signal when the client cancels', async () => {
    const controller = new AbortController();
    const received: number[] = [];
    const consume = (async () => {
      for await (const msg of h.etcd.stream('Apply', { target: { clusterId: 'hold' } }, { signal: controller.signal })) {
        received.push(msg.event?.sequence ?? 0);
        controller.abort();
      }
    })();
    await expect(consume).rejects.toMatchObject({ code: 'cancelled' });
    expect(received).toEqual([1]);
    await eventually(() => h.aborted.includes('Apply'));
  });

  it('logs each call with method, status and duration, never the request body or its secrets', async () => {
    const before = h.lines.length;
    const target = { clusterId: 'c1', ssh: { user: 'root', privateKey: CANARY, sudoPassword: CANARY, password: CANARY } };
    for await (const _ of h.etcd.stream('Apply', { target })) {
      // drain
    }
    const logged = h.lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ method: '/kdeploy.etcd.v1.EtcdInstaller/Apply', code: 'OK', durationMs: expect.any(Number) }),
    );
    expect(h.lines.join('\n')).not.toContain(CANARY);
  });
});
