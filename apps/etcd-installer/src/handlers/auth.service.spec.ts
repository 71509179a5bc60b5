import { createGrpcClient } from '@kdeploy/grpc';
import { ALL_REFUSED, refusedCallers } from '@kdeploy/grpc/testing';
import { createLogger } from '@kdeploy/logging';
import { loadKdeployPackage } from '@kdeploy/proto';
import { testTls } from '@kdeploy/testing';
import { startEtcdInstaller } from '../app';

jest.setTimeout(30_000);

describe('etcd-installer authenticates its callers', () => {
  it('refuses callers without a client certificate of the internal CA (none, another CA, expired) with UNAUTHENTICATED', async () => {
    const tls = await testTls();
    const installer = await startEtcdInstaller({
      listen: '127.0.0.1:0',
      logger: createLogger('etcd-installer', { level: 'silent' }),
      tls: tls.dir('etcd-installer'),
      handleSignals: false,
    });
    try {
      expect(await refusedCallers(installer.address, tls.ca)).toEqual(ALL_REFUSED);
      // and answers one with a certificate of its internal CA
      const health = createGrpcClient(loadKdeployPackage().grpc.health.v1.Health, installer.address, {
        tls: tls.client(),
        deadlineMs: 5000,
      });
      expect((await health.unary('Check', { service: 'kdeploy.etcd.v1.EtcdInstaller' })).status).toBe('SERVING');
      health.close();
    } finally {
      await installer.stop();
    }
  });
});
