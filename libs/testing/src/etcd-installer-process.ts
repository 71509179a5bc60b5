import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { startServiceProcess } from './service-process';
import { testTls } from './tls';

/** A real etcd-installer, run as its own process, for the installers whose tests need etcd. */
export async function startEtcdInstallerProcess() {
  const tls = await testTls();
  const service = await startServiceProcess('etcd-installer');
  const client = createGrpcClient(loadKdeployPackage().kdeploy.etcd.v1.EtcdInstaller, service.address, {
    deadlineMs: 60_000,
    streamDeadlineMs: 300_000,
    tls: tls.client(),
  });
  return {
    address: service.address,
    client,
    async stop() {
      client.close();
      await service.stop();
    },
  };
}
