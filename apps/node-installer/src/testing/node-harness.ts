import { nodeSpecMessage } from '@kdeploy/cluster-spec';
import { nodeV1 } from '@kdeploy/proto';
import {
  collectProgress,
  ensureLab,
  labClusterSpec,
  labControlPlane,
  startControlPlaneServices,
  startInProcessInstaller,
} from '@kdeploy/testing';
import { startNodeInstaller } from '../app';

/** The lab hosts of node-installer's tests: lab13 runs etcd and the control plane, lab14-lab16 are nodes. */
export const NODE_LAB = { master: 'lab13', nodes: ['lab14', 'lab15', 'lab16'] } as const;

/**
 * A running lab, real pki-service, etcd-installer and master-installer processes, and
 * node-installer in this process (its log captured), with the requests of one cluster.
 */
export async function startNodeHarness() {
  const lab = await ensureLab(16);
  const services = await startControlPlaneServices();
  const installer = await startInProcessInstaller('node-installer', startNodeInstaller, (k) => k.node.v1.NodeInstaller);
  const { client, logs } = installer;

  /** One cluster: lab13 as its master, the given nodes (all of NODE_LAB.nodes by default). */
  function cluster(clusterId: string, nodes: readonly string[] = NODE_LAB.nodes) {
    const { spec, derived } = labClusterSpec(lab, clusterId, NODE_LAB.master, nodes);
    const cp = labControlPlane(services, lab, clusterId, { spec, derived }, NODE_LAB.master);
    const { target, artifacts, pkiSource } = cp;
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
      controlPlane: () => cp.up(),
      /** A bootstrap token from master-installer, as the gateway gets one for a join. */
      token: () => cp.token(),
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
      removeControlPlane: () => cp.remove(),
    };
  }

  return {
    lab,
    pki: services.pki,
    client,
    logs,
    cluster,
    async stop() {
      await services.stop();
      await installer.stop();
    },
  };
}

export type NodeHarness = Awaited<ReturnType<typeof startNodeHarness>>;
export type NodeCluster = ReturnType<NodeHarness['cluster']>;
