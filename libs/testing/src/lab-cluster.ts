import {
  addonsSpecMessage,
  ClusterSpec,
  DerivedCluster,
  deriveCluster,
  etcdSpecMessage,
  initClusterMessage,
  masterSpecMessage,
  parseClusterSpec,
} from '@kdeploy/cluster-spec';
import type { commonV1, masterV1 } from '@kdeploy/proto';
import { startEtcdInstallerProcess, startMasterInstallerProcess } from './installer-process';
import type { LabInfo } from './lab-info';
import { labSshAccess } from './in-process-installer';
import { startPkiProcess } from './pki-process';
import { collectProgress } from './progress';

/**
 * A cluster spec of lab hosts with one master (and etcd) and some nodes, parsed and derived the
 * way the gateway does it; `spec` is merged over the defaults (network settings, say).
 */
export function labClusterSpec(lab: LabInfo, name: string, master: string, nodes: readonly string[], spec: Record<string, unknown> = {}) {
  const host = (n: string, roles: string[]) => {
    const h = lab.hosts.find((x) => x.name === n);
    if (!h) throw new Error(`the lab has no ${n}; run ensureLab(16)`);
    return { name: h.name, address: h.address, roles };
  };
  const parsed = parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [host(master, ['master', 'etcd']), ...nodes.map((n) => host(n, ['node']))],
      ssh: { user: 'root', privateKeyFile: lab.privateKeyFile, knownHostsFile: lab.knownHostsFile },
      controlPlane: { endpoint: 'single-master' },
      // the lab's kernel runs cgroup v1 (tools/lab/README.md)
      hostPreparation: { cgroupV1: 'allow' },
      artifacts: { source: lab.artifactsDir },
      ...spec,
    },
  });
  return { spec: parsed, derived: deriveCluster(parsed) };
}

/** Real pki-service, etcd-installer and master-installer processes: what a node or network test deploys its control plane with. */
export async function startControlPlaneServices() {
  const [pki, etcd, master] = await Promise.all([startPkiProcess(), startEtcdInstallerProcess(), startMasterInstallerProcess()]);
  return {
    pki,
    etcd,
    master,
    stop: () => Promise.all([master.stop(), etcd.stop(), pki.stop()]).then(() => undefined),
  };
}

export type ControlPlaneServices = Awaited<ReturnType<typeof startControlPlaneServices>>;

/**
 * One cluster's control plane on one lab host, through the real services: the requests'
 * common parts (target, artifacts, pki source), etcd and the control plane up, a bootstrap
 * token, and everything taken off that host again.
 */
export function labControlPlane(
  services: ControlPlaneServices,
  lab: LabInfo,
  clusterId: string,
  cluster: { spec: ClusterSpec; derived: DerivedCluster },
  masterHost: string,
) {
  const { spec, derived } = cluster;
  const ssh = labSshAccess(lab);
  const artifacts = { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY' as const, location: lab.artifactsDir };
  const pkiSource = { service: { address: services.pki.address } };
  const target = (names: readonly string[], role: commonV1.Role): commonV1.Target => ({
    clusterId,
    hosts: derived.hosts.filter((h) => names.includes(h.name)).map((h) => ({ name: h.name, address: h.address, roles: [role] })),
    ssh,
  });
  const masterRequest = () => ({
    target: target([masterHost], 'ROLE_MASTER'),
    spec: masterSpecMessage(derived),
    artifacts,
    pki: pkiSource,
  });
  return {
    target,
    artifacts,
    pkiSource,
    /** pki-service's CAs, etcd and the control plane, the bootstrap RBAC; resolves with the admin kubeconfig. */
    async up(): Promise<string> {
      await services.pki.client.unary('InitCluster', initClusterMessage(clusterId, spec, derived));
      const e = await collectProgress(
        services.etcd.client.stream('Apply', {
          target: target([masterHost], 'ROLE_ETCD'),
          spec: etcdSpecMessage(derived.etcd),
          artifacts,
          pki: pkiSource,
        }),
      );
      if (!e.result?.success) throw new Error(`etcd did not deploy: ${JSON.stringify(e.result)}`);
      const m = await collectProgress(services.master.client.stream('Apply', masterRequest()));
      if (!m.result?.success) throw new Error(`the control plane did not deploy: ${JSON.stringify(m.result)}`);
      await services.master.client.unary('ApplyBootstrapRbac', masterRequest());
      const { kubeconfig } = await services.master.client.unary('GetAdminKubeconfig', {
        clusterId,
        endpoint: masterRequest().spec.endpoint,
        pki: pkiSource,
        clusterName: clusterId,
      });
      return kubeconfig;
    },
    /** A bootstrap token from master-installer, as the gateway gets one for a join. */
    async token(): Promise<string> {
      const t = await services.master.client.unary('CreateBootstrapToken', {
        ...masterRequest(),
        ttlSeconds: 900,
        description: 'kdeploy test',
      });
      return t.token;
    },
    /** master-installer's ApplyAddons with the spec's add-ons, or the ones given; resolves with its progress. */
    addons(addons: masterV1.AddonsSpec = addonsSpecMessage(spec, derived)) {
      return collectProgress(services.master.client.stream('ApplyAddons', { ...masterRequest(), addons, readyTimeoutSeconds: 240 }));
    },
    /** master-installer's CheckCluster over `nodes` (the smoke check from inside the cluster); resolves with its progress. */
    check(nodes: readonly string[], expect: { dns: boolean; metrics: boolean }) {
      const hosts = [...(target([masterHost], 'ROLE_MASTER').hosts ?? []), ...(target(nodes, 'ROLE_NODE').hosts ?? [])];
      return collectProgress(
        services.master.client.stream('CheckCluster', {
          ...masterRequest(),
          target: { ...target([masterHost], 'ROLE_MASTER'), hosts },
          expectDns: expect.dns,
          expectMetrics: expect.metrics,
          timeoutSeconds: 240,
        }),
      );
    },
    /** The control plane and etcd off the host, data and all. */
    async remove(): Promise<void> {
      await collectProgress(
        services.master.client.stream('Remove', { target: target([masterHost], 'ROLE_MASTER'), spec: masterSpecMessage(derived) }),
      );
      await collectProgress(
        services.etcd.client.stream('Remove', {
          target: target([masterHost], 'ROLE_ETCD'),
          spec: {},
          deleteData: true,
          keepArtifactCache: true,
        }),
      );
    },
  };
}
