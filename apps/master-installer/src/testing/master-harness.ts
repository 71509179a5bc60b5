import {
  ClusterSpec,
  deriveCluster,
  DerivedCluster,
  etcdSpecMessage,
  initClusterMessage,
  masterSpecMessage,
  parseClusterSpec,
} from '@kdeploy/cluster-spec';

import { commonV1, masterV1 } from '@kdeploy/proto';
import {
  collectProgress,
  ensureLab,
  LabInfo,
  labSshAccess,
  startEtcdInstallerProcess,
  startInProcessInstaller,
  startPkiProcess,
} from '@kdeploy/testing';
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

/**
 * A running lab, a real pki-service and etcd-installer as their own processes, and
 * master-installer in this process (its log captured), with helpers that deploy etcd and then
 * the control plane of one cluster.
 */
export async function startMasterHarness() {
  const lab = await ensureLab(12);
  const pki = await startPkiProcess();
  const etcd = await startEtcdInstallerProcess();
  const installer = await startInProcessInstaller('master-installer', startMasterInstaller, (k) => k.master.v1.MasterInstaller);
  const { client, logs } = installer;
  const ssh = labSshAccess(lab);
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
        const r = await collectProgress(
          etcd.client.stream('Apply', {
            target: target(clusterId, derived, 'ROLE_ETCD'),
            spec: etcdSpecMessage(derived.etcd),
            artifacts,
            pki: pkiSource,
          }),
        );
        if (!r.result?.success) throw new Error(`etcd did not deploy: ${JSON.stringify(r.result)}`);
      },
      apply: (extra: Partial<masterV1.MasterSpec> = {}) => collectProgress(client.stream('Apply', masterRequest(extra))),
      plan: () => client.unary('Plan', masterRequest()),
      status: () => client.unary('Status', masterRequest()),
      remove: () =>
        collectProgress(client.stream('Remove', { target: target(clusterId, derived, 'ROLE_MASTER'), spec: masterSpecMessage(derived) })),
      /** Takes etcd off the hosts too, data and all. */
      removeEtcd: () =>
        collectProgress(
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
      await etcd.stop();
      await pki.stop();
      await installer.stop();
    },
  };
}

export type MasterHarness = Awaited<ReturnType<typeof startMasterHarness>>;
