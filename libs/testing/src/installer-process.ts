import type { Client } from '@grpc/grpc-js';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import type { ClientCtor } from './in-process-installer';
import { startServiceProcess } from './service-process';
import { testTls } from './tls';

type Kdeploy = ReturnType<typeof loadKdeployPackage>['kdeploy'];

/** A real installer, run as its own process from its sources, with a client of it over mutual TLS. */
async function startInstallerProcess<C extends Client>(
  app: 'etcd-installer' | 'master-installer' | 'node-installer',
  service: (k: Kdeploy) => ClientCtor<C>,
) {
  const tls = await testTls();
  const child = await startServiceProcess(app);
  const client = createGrpcClient(service(loadKdeployPackage().kdeploy), child.address, {
    deadlineMs: 60_000,
    streamDeadlineMs: 300_000,
    tls: tls.client(),
  });
  return {
    address: child.address,
    client,
    async stop() {
      client.close();
      await child.stop();
    },
  };
}

/** A real etcd-installer, for the installers whose tests need etcd. */
export const startEtcdInstallerProcess = () => startInstallerProcess('etcd-installer', (k) => k.etcd.v1.EtcdInstaller);

/** A real master-installer, for the installers whose tests need a control plane. */
export const startMasterInstallerProcess = () => startInstallerProcess('master-installer', (k) => k.master.v1.MasterInstaller);

/** A real node-installer, for the installers whose tests need Ready nodes. */
export const startNodeInstallerProcess = () => startInstallerProcess('node-installer', (k) => k.node.v1.NodeInstaller);
