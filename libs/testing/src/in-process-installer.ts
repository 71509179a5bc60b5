import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { ChannelCredentials, ChannelOptions, Client } from '@grpc/grpc-js';
import { createGrpcClient } from '@kdeploy/grpc';
import { createLogger, Logger } from '@kdeploy/logging';
import { loadKdeployPackage } from '@kdeploy/proto';
import type { TlsDir } from '@kdeploy/grpc';
import { LabInfo } from './lab-info';
import { testTls, TestTlsName } from './tls';

type Kdeploy = ReturnType<typeof loadKdeployPackage>['kdeploy'];
/** A generated grpc-js client class of one of kdeploy's services. */
export type ClientCtor<C> = new (address: string, credentials: ChannelCredentials, options?: ChannelOptions) => C;
/** How an installer's app starts its server (startEtcdInstaller, startMasterInstaller, ...). */
type StartInstaller = (opts: { listen: string; logger: Logger; tls?: TlsDir; handleSignals?: boolean }) => Promise<{
  address: string;
  stop(): Promise<void>;
}>;

/**
 * An installer started in this test process on 127.0.0.1:0 with its own TLS identity, its log
 * captured, and a client of it. stop() fails the test when a progress listener threw.
 */
export async function startInProcessInstaller<C extends Client>(
  name: Extract<TestTlsName, `${string}-installer`>,
  start: StartInstaller,
  service: (k: Kdeploy) => ClientCtor<C>,
) {
  const logs: string[] = [];
  const destination = new Writable({ write: (c, _e, cb) => (logs.push(c.toString()), cb()) });
  const tls = await testTls();
  const installer = await start({
    listen: '127.0.0.1:0',
    logger: createLogger(name, { destination }),
    tls: tls.dir(name),
    handleSignals: false,
  });
  const client = createGrpcClient(service(loadKdeployPackage().kdeploy), installer.address, {
    deadlineMs: 60_000,
    streamDeadlineMs: 600_000,
    tls: tls.client(),
  });
  return {
    client,
    logs,
    async stop() {
      client.close();
      await installer.stop();
      const broken = logs.filter((l) => l.includes('progress listener threw'));
      if (broken.length > 0) throw new Error(`a progress listener threw during the run:\n${broken.slice(0, 3).join('')}`);
    },
  };
}

/** The lab's SSH access as a request's Target carries it: root, the lab key, host keys from its known_hosts. */
export function labSshAccess(lab: LabInfo, connectTimeoutMs = 5_000) {
  return {
    user: 'root',
    privateKey: readFileSync(lab.privateKeyFile, 'utf8'),
    knownHosts: readFileSync(lab.knownHostsFile, 'utf8'),
    connectTimeoutMs,
  };
}
