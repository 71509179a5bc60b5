import {
  deriveCluster,
  etcdSpecMessage,
  initClusterMessage,
  masterSpecMessage,
  nodeSpecMessage,
  parseClusterSpec,
} from '@kdeploy/cluster-spec';

import { commonV1, nodeV1 } from '@kdeploy/proto';
import {
  collectProgress,
  ensureLab,
  LabInfo,
  labSshAccess,
  startEtcdInstallerProcess,
  startInProcessInstaller,
  startMasterInstallerProcess,
  startPkiProcess,
} from '@kdeploy/testing';
import { startNodeInstaller } from '../app';

/** The lab hosts of node-installer's tests: lab13 runs etcd and the control plane, lab14-lab16 are nodes. */
export const NODE_LAB = { master: 'lab13', nodes: ['lab14', 'lab15', 'lab16'] } as const;

/** A cluster spec with one master (and etcd) and some nodes, parsed and derived the way the gateway does it. */
function labCluster(lab: LabInfo, name: string, master: string, nodes: readonly string[]) {
  const host = (n: string, roles: string[]) => {
    const h = lab.hosts.find((x) => x.name === n);
    if (!h) throw new Error(`the lab has no ${n}; run ensureLab(16)`);
    return { name: h.name, address: h.address, roles };
  };
  const spec = parseClusterSpec({
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
    },
  });
  return { spec, derived: deriveCluster(spec) };
}

/**
 * A running lab, real pki-service, etcd-installer and master-installer processes, and
 * node-installer in this process (its log captured), with the requests of one cluster.
 */
export async function startNodeHarness() {
  const lab = await ensureLab(16);
  const [pki, etcd, master] = await Promise.all([startPkiProcess(), startEtcdInstallerProcess(), startMasterInstallerProcess()]);
  const installer = await startInProcessInstaller('node-installer', startNodeInstaller, (k) => k.node.v1.NodeInstaller);
  const { client, logs } = installer;
  const ssh = labSshAccess(lab);
  const artifacts = { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY' as const, location: lab.artifactsDir };
  const pkiSource = { service: { address: pki.address } };

  /** One cluster: lab13 as its master, the given nodes (all of NODE_LAB.nodes by default). */
  function cluster(clusterId: string, nodes: readonly string[] = NODE_LAB.nodes) {
    const { spec, derived } = labCluster(lab, clusterId, NODE_LAB.master, nodes);
    const target = (names: readonly string[], role: commonV1.Role): commonV1.Target => ({
      clusterId,
      hosts: derived.hosts.filter((h) => names.includes(h.name)).map((h) => ({ name: h.name, address: h.address, roles: [role] })),
      ssh,
    });
    const masterRequest = () => ({
      target: target([NODE_LAB.master], 'ROLE_MASTER'),
      spec: masterSpecMessage(derived),
      artifacts,
      pki: pkiSource,
    });
    /** A node-installer request for some of the nodes. */
    const nodeRequest = (names: readonly string[], extra: Partial<nodeV1.NodeSpec> = {}) => ({
      target: target(names, 'ROLE_NODE'),
      spec: { ...nodeSpecMessage(spec, derived), ...extra },
      artifacts,
      pki: pkiSource,
    });
    return {
      derived,
      nodeRequest,
      /** pki-service's CAs, etcd and the control plane on lab13, the bootstrap RBAC: what nodes join. */
      async controlPlane() {
        await pki.client.unary('InitCluster', initClusterMessage(clusterId, spec, derived));
        const e = await collectProgress(
          etcd.client.stream('Apply', {
            target: target([NODE_LAB.master], 'ROLE_ETCD'),
            spec: etcdSpecMessage(derived.etcd),
            artifacts,
            pki: pkiSource,
          }),
        );
        if (!e.result?.success) throw new Error(`etcd did not deploy: ${JSON.stringify(e.result)}`);
        const m = await collectProgress(master.client.stream('Apply', masterRequest()));
        if (!m.result?.success) throw new Error(`the control plane did not deploy: ${JSON.stringify(m.result)}`);
        await master.client.unary('ApplyBootstrapRbac', masterRequest());
        const { kubeconfig } = await master.client.unary('GetAdminKubeconfig', {
          clusterId,
          endpoint: masterRequest().spec.endpoint,
          pki: pkiSource,
          clusterName: clusterId,
        });
        return kubeconfig;
      },
      /** A bootstrap token from master-installer, as the gateway gets one for a join. */
      async token() {
        const t = await master.client.unary('CreateBootstrapToken', {
          ...masterRequest(),
          ttlSeconds: 900,
          description: 'node-installer test',
        });
        return t.token;
      },
      plan: (names: readonly string[], extra: Partial<nodeV1.NodeSpec> = {}) => client.unary('Plan', nodeRequest(names, extra)),
      apply: (names: readonly string[], extra: Partial<nodeV1.NodeSpec> = {}) =>
        collectProgress(client.stream('Apply', nodeRequest(names, extra))),
      join: (names: readonly string[], token: string, extra: Partial<nodeV1.NodeSpec> = {}) =>
        collectProgress(client.stream('Join', { ...nodeRequest(names, extra), token, readyTimeoutSeconds: 180 })),
      status: (names: readonly string[]) => client.unary('Status', nodeRequest(names)),
      /** Drain, as `kubectl drain --delete-emptydir-data` (with `--force` when asked). */
      drain: (node: string, timeoutSeconds: number, force: boolean) =>
        collectProgress(
          client.stream('Drain', {
            ...nodeRequest([]),
            nodeName: node,
            gracePeriodSeconds: 1,
            timeoutSeconds,
            deleteEmptydirData: true,
            force,
          }),
        ),
      removeNode: (node: string) => collectProgress(client.stream('RemoveNode', { ...nodeRequest([node]), nodeName: node })),
      remove: (names: readonly string[]) =>
        collectProgress(client.stream('Remove', { target: target(names, 'ROLE_NODE'), spec: nodeRequest([]).spec })),
      /** The control plane and etcd off lab13, data and all. */
      async removeControlPlane() {
        await collectProgress(
          master.client.stream('Remove', { target: target([NODE_LAB.master], 'ROLE_MASTER'), spec: masterSpecMessage(derived) }),
        );
        await collectProgress(
          etcd.client.stream('Remove', {
            target: target([NODE_LAB.master], 'ROLE_ETCD'),
            spec: {},
            deleteData: true,
            keepArtifactCache: true,
          }),
        );
      },
    };
  }

  return {
    lab,
    pki,
    client,
    logs,
    cluster,
    async stop() {
      await Promise.all([master.stop(), etcd.stop(), pki.stop()]);
      await installer.stop();
    },
  };
}

export type NodeHarness = Awaited<ReturnType<typeof startNodeHarness>>;
export type NodeCluster = ReturnType<NodeHarness['cluster']>;
