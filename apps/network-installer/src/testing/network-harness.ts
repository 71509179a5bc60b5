import { endpointMessage, networkSpecMessage, nodeSpecMessage } from '@kdeploy/cluster-spec';
import type { masterV1, networkV1 } from '@kdeploy/proto';
import {
  collectProgress,
  ensureLab,
  labClusterSpec,
  labControlPlane,
  startControlPlaneServices,
  startInProcessInstaller,
  startNodeInstallerProcess,
} from '@kdeploy/testing';
import { startNetworkInstaller } from '../app';

/**
 * The lab hosts of network-installer's tests (node-installer's, used after its tests end):
 * lab13 runs etcd and the control plane, lab14 and lab15 are the nodes.
 */
export const NETWORK_LAB = { master: 'lab13', nodes: ['lab14', 'lab15'] } as const;

/**
 * A running lab, real pki-service, etcd-, master- and node-installer processes, and
 * network-installer in this process (its log captured), with the requests of one cluster.
 */
export async function startNetworkHarness() {
  const lab = await ensureLab(16);
  const [services, nodes] = await Promise.all([startControlPlaneServices(), startNodeInstallerProcess()]);
  const installer = await startInProcessInstaller('network-installer', startNetworkInstaller, (k) => k.network.v1.NetworkInstaller);
  const { client, logs } = installer;

  function cluster(clusterId: string) {
    // CoreDNS asks nothing outside the lab: names beyond the cluster go to the master, where no resolver answers
    const master = lab.hosts.find((x) => x.name === NETWORK_LAB.master)?.address ?? '';
    const { spec, derived } = labClusterSpec(lab, clusterId, NETWORK_LAB.master, NETWORK_LAB.nodes, {
      network: { upstreamResolvers: [master] },
    });
    const cp = labControlPlane(services, lab, clusterId, { spec, derived }, NETWORK_LAB.master);
    const nodeRequest = () => ({
      target: cp.target(NETWORK_LAB.nodes, 'ROLE_NODE'),
      spec: nodeSpecMessage(spec, derived),
      artifacts: cp.artifacts,
      pki: cp.pkiSource,
    });
    /** A network-installer request for the nodes, with spec fields replaced (subnet manager, backend). */
    const request = (extra: Partial<networkV1.NetworkSpec> = {}, names: readonly string[] = NETWORK_LAB.nodes) => ({
      target: cp.target(names, 'ROLE_NODE'),
      spec: { ...networkSpecMessage(spec, derived), ...extra },
      artifacts: cp.artifacts,
      pki: cp.pkiSource,
      endpoint: endpointMessage(derived),
    });
    return {
      derived,
      controlPlane: () => cp.up(),
      removeControlPlane: () => cp.remove(),
      /** master-installer's ApplyAddons: the spec's add-ons (CoreDNS, metrics-server), or the ones given. */
      addons: (addons?: masterV1.AddonsSpec) => cp.addons(addons),
      /** master-installer's CheckCluster over the nodes. */
      check: (expect = { dns: true, metrics: true }) => cp.check(NETWORK_LAB.nodes, expect),
      /** node-installer's Apply: everything of a node but the kubelet's start. */
      installNodes: () => collectProgress(nodes.client.stream('Apply', nodeRequest())),
      /** node-installer's Join: the kubelets start and the call waits until the Nodes are Ready (which needs a pod network). */
      joinNodes: async () =>
        collectProgress(nodes.client.stream('Join', { ...nodeRequest(), token: await cp.token(), readyTimeoutSeconds: 180 })),
      removeNodes: () => collectProgress(nodes.client.stream('Remove', { target: nodeRequest().target, spec: nodeRequest().spec })),
      request,
      plan: (extra: Partial<networkV1.NetworkSpec> = {}) => client.unary('Plan', request(extra)),
      apply: (extra: Partial<networkV1.NetworkSpec> = {}) => collectProgress(client.stream('Apply', request(extra))),
      status: (extra: Partial<networkV1.NetworkSpec> = {}) => client.unary('Status', request(extra)),
      remove: (extra: Partial<networkV1.NetworkSpec> = {}) => {
        const r = request(extra);
        return collectProgress(client.stream('Remove', { target: r.target, spec: r.spec, pki: r.pki }));
      },
    };
  }

  return {
    lab,
    client,
    logs,
    cluster,
    async stop() {
      await Promise.all([services.stop(), nodes.stop()]);
      await installer.stop();
    },
  };
}

export type NetworkHarness = Awaited<ReturnType<typeof startNetworkHarness>>;
export type NetworkCluster = ReturnType<NetworkHarness['cluster']>;
