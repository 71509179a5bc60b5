import { deriveCluster, nodeSpecMessage, parseClusterSpec } from '@kdeploy/cluster-spec';
import { loadKdeployPackage, nodeV1 } from '@kdeploy/proto';
import { NodeSettings, nodeSettings } from '../request/settings';
import { NodeVersion, versionTable } from '../versions';

/** The node part of a cluster of one master and two nodes, as the gateway derives it (no host is contacted). */
export function nodeSpec(extra: Record<string, unknown> = {}): nodeV1.NodeSpec {
  const spec = parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name: 'unit' },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [
        { name: 'm1', address: '192.0.2.10', roles: ['master', 'etcd'] },
        { name: 'n1', address: '192.0.2.11', roles: ['node'] },
        { name: 'n2', address: '192.0.2.12', roles: ['node'] },
      ],
      ssh: { user: 'root', privateKeyFile: '/keys/id', knownHostsFile: '/keys/known_hosts' },
      artifacts: { source: '/artifacts' },
      ...extra,
    },
  });
  return nodeSpecMessage(spec, deriveCluster(spec));
}

/** A NodeSpec as the installer receives it: through the real protobuf encoding and grpc-js's decoding of a Plan request. */
export function received(spec: nodeV1.NodeSpec): nodeV1.NodeSpec__Output {
  const plan = loadKdeployPackage().kdeploy.node.v1.NodeInstaller.service.Plan;
  const decoded = plan.requestDeserialize(plan.requestSerialize({ spec })) as nodeV1.PlanRequest__Output;
  if (!decoded.spec) throw new Error('the spec did not survive encoding');
  return decoded.spec;
}

export const SETTINGS: NodeSettings = nodeSettings(received(nodeSpec()));
export const VERSION: NodeVersion = versionTable(SETTINGS.kubernetesVersion);
