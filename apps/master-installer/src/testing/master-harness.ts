import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import {
  ClusterSpec,
  deriveCluster,
  DerivedCluster,
  etcdSpecMessage,
  initClusterMessage,
  masterSpecMessage,
  parseClusterSpec,
} from '@kdeploy/cluster-spec';
import { createGrpcClient } from '@kdeploy/grpc';
import { createLogger } from '@kdeploy/logging';
import { commonV1, masterV1, loadKdeployPackage } from '@kdeploy/proto';
import { ensureLab, LabInfo, startEtcdInstallerProcess, startPkiProcess, testTls } from '@kdeploy/testing';
import { startMasterInstaller } from '../app';

/** The lab hosts master-installer's tests use (etcd and the control plane on each); other projects use lab1-lab9. */
export const MASTER_LAB_HOSTS = ['lab10', 'lab11', 'lab12'];

/** A cluster spec over some of those hosts, parsed and derived the way the gateway does it. */
export function labCluster(lab: LabInfo, name: string, hostNames: string[], endpoint: 'local-proxy' | 'single-master') {
  const hosts = hostNames.map((n) => {
    const h = lab.hosts.find((x) => x.name === n);
    if (!h) throw new Error(`the lab has no ${n}; run ensureLab(12)`);
    return { name: h.name, address: h.address, roles: ['master', 'etcd', 'node'] };
  });
  const spec: ClusterSpec = parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts,
      ssh: { user: 'root', privateKeyFile: lab.privateKeyFile, knownHostsFile: lab.knownHostsFile },
      controlPlane: { endpoint },
      artifacts: { source: lab.artifactsDir },
    },
  });
  return { spec, derived: deriveCluster(spec) };
}

/** Collects a progress stream: its messages, events and final result. */
async function drain<M extends { event?: commonV1.ProgressEvent__Output | null }>(stream: AsyncIterable<M>) {
  const messages: M[] = [];
  for await (const m of stream) messages.push(m);
  const events = messages.map((m) => m.event).filter(Boolean) as commonV1.ProgressEvent__Output[];
  return { messages, events, result: events.map((e) => e.result).find(Boolean) ?? null };
}

/**
 * A running lab, a real pki-service and etcd-installer as their own processes, and
 * master-installer in this process (its log captured), with helpers that deploy etcd and then
 * the control plane of one cluster.
 */
export async function startMasterHarness() {
  const lab = await ensureLab(12);
  const pki = await startPkiProcess();
  const etcd = await startEtcdInstallerProcess();
  const logs: string[] = [];
  const destination = new Writable({ write: (c, _e, cb) => (logs.push(c.toString()), cb()) });
  const tls = await testTls();
  const installer = await startMasterInstaller({
    listen: '127.0.0.1:0',
    logger: createLogger('master-installer', { destination }),
    tls: tls.dir('master-installer'),
    handleSignals: false,
  });
  const client = createGrpcClient(loadKdeployPackage().kdeploy.master.v1.MasterInstaller, installer.address, {
    deadlineMs: 60_000,
    streamDeadlineMs: 300_000,
    tls: tls.client(),
  });
  const ssh = {
    user: 'root',
    privateKey: readFileSync(lab.privateKeyFile, 'utf8'),
    knownHosts: readFileSync(lab.knownHostsFile, 'utf8'),
    connectTimeoutMs: 5_000,
  };
  const target = (clusterId: string, d: DerivedCluster, role: commonV1.Role): commonV1.Target => ({
    clusterId,
    hosts: d.hosts.map((h) => ({ name: h.name, address: h.address, roles: [role] })),
    ssh,
  });
  const artifacts = { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY' as const, location: lab.artifactsDir };
  const pkiSource = { service: { address: pki.address } };

  /** One cluster's requests, from its derived spec. */
  function cluster(clusterId: string, hostNames: string[], endpoint: 'local-proxy' | 'single-master' = 'local-proxy') {
    const { spec, derived } = labCluster(lab, clusterId, hostNames, endpoint);
    const masterRequest = (extra: Partial<masterV1.MasterSpec> = {}) => ({
      target: target(clusterId, derived, 'ROLE_MASTER'),
      spec: { ...masterSpecMessage(derived), ...extra },
      artifacts,
      pki: pkiSource,
    });
    return {
      derived,
      masterRequest,
      /** pki-service's CAs and etcd on the hosts: what the control plane needs first. */
      async prepare() {
        await pki.client.unary('InitCluster', initClusterMessage(clusterId, spec, derived));
        const r = await drain(
          etcd.client.stream('Apply', {
            target: target(clusterId, derived, 'ROLE_ETCD'),
            spec: etcdSpecMessage(derived.etcd),
            artifacts,
            pki: pkiSource,
          }),
        );
        if (!r.result?.success) throw new Error(`etcd did not deploy: ${JSON.stringify(r.result)}`);
      },
      apply: (extra: Partial<masterV1.MasterSpec> = {}) => drain(client.stream('Apply', masterRequest(extra))),
      plan: () => client.unary('Plan', masterRequest()),
      status: () => client.unary('Status', masterRequest()),
      remove: () => drain(client.stream('Remove', { target: target(clusterId, derived, 'ROLE_MASTER'), spec: masterSpecMessage(derived) })),
      /** Takes etcd off the hosts too, data and all. */
      removeEtcd: () =>
        drain(
          etcd.client.stream('Remove', {
            target: target(clusterId, derived, 'ROLE_ETCD'),
            spec: {},
            deleteData: true,
            keepArtifactCache: true,
          }),
        ),
    };
  }

  return {
    lab,
    pki,
    client,
    logs,
    cluster,
    async stop() {
      client.close();
      await installer.stop();
      await etcd.stop();
      await pki.stop();
      const broken = logs.filter((l) => l.includes('progress listener threw'));
      if (broken.length > 0) throw new Error(`a progress listener threw during the run:\n${broken.slice(0, 3).join('')}`);
    },
  };
}

export type MasterHarness = Awaited<ReturnType<typeof startMasterHarness>>;
