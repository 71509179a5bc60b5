import { type healthV1 } from '@kdeploy/proto';
import { createGrpcClient } from './client';
import { startGrpcHarness } from './testing/grpc-harness';
import { reflect } from './testing/reflection';

describe('createGrpcServer', () => {
  it('answers health checks with SERVING for each service and for the server as a whole', async () => {
    const h = await startGrpcHarness();
    try {
      const health = createGrpcClient(h.pkg.grpc.health.v1.Health, h.address);
      for (const service of ['', 'kdeploy.pki.v1.PkiService', 'kdeploy.etcd.v1.EtcdInstaller']) {
        expect((await health.unary('Check', { service })).status).toBe('SERVING');
      }
      await expect(health.unary('Check', { service: 'kdeploy.node.v1.NodeInstaller' })).rejects.toMatchObject({ code: 'not-found' });
      health.close();
    } finally {
      await h.stop();
    }
  });

  it('lists its services and grpc.health.v1.Health through reflection, and describes them', async () => {
    const h = await startGrpcHarness();
    try {
      const list = await reflect(h.address, { listServices: '' });
      expect(list.listServicesResponse?.service.map((s) => s.name).sort()).toEqual([
        'grpc.health.v1.Health',
        'kdeploy.etcd.v1.EtcdInstaller',
        'kdeploy.pki.v1.PkiService',
      ]);
      const file = await reflect(h.address, { fileContainingSymbol: 'kdeploy.etcd.v1.EtcdInstaller' });
      expect(file.errorResponse).toBeFalsy();
      // The etcd file plus its dependencies (common, google.protobuf.Timestamp).
      expect(file.fileDescriptorResponse?.fileDescriptorProto.length).toBeGreaterThanOrEqual(2);
    } finally {
      await h.stop();
    }
  });

  it('turns health NOT_SERVING on shutdown, cancels running calls after the timeout, and closes', async () => {
    const h = await startGrpcHarness();
    const health = createGrpcClient(h.pkg.grpc.health.v1.Health, h.address);
    const seen: healthV1.HealthCheckResponse__Output['status'][] = [];
    const watching = (async () => {
      for await (const r of health.stream('Watch', { service: 'kdeploy.pki.v1.PkiService' })) seen.push(r.status);
    })().catch(() => undefined);
    const running = h.etcd.stream('Apply', { target: { clusterId: 'hold' } })[Symbol.asyncIterator]();
    await running.next();
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 10));

    await h.stop();
    await watching;
    expect(seen).toEqual(['SERVING', 'NOT_SERVING']);
    expect(h.aborted).toContain('Apply');
    await expect(health.unary('Check', { service: '' }, { deadlineMs: 500 })).rejects.toMatchObject({
      code: expect.stringMatching(/unavailable|deadline-exceeded/),
    });
    health.close();
  });
});
