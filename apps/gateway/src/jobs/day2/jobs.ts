import type { ClusterSpec } from '@kdeploy/cluster-spec';
import type { NewJob } from '../../store/job-store';

type StageList = NewJob['job']['stages'];

/**
 * Nodes added to a running cluster: pki-service learns the new hosts (it signs only for hosts of
 * the cluster), then they are prepared, joined and given the pod network, touching only the new
 * hosts (each stage's scope), then the smoke check of the whole cluster.
 */
export function addNodesStages(hosts: readonly string[]): StageList {
  const scope = [...hosts];
  return [
    { id: 'pki', title: 'Add the new hosts to the cluster PKI', needs: [] },
    { id: 'node', title: 'Prepare the new nodes', needs: ['pki'], scope },
    { id: 'join', title: 'Join the new nodes', needs: ['node'], scope },
    { id: 'network', title: 'Install the pod network on the new nodes', needs: ['node'], scope },
    { id: 'smoke', title: 'Check the cluster from inside', needs: ['join', 'network'] },
  ];
}

/** One node drained, then deleted and taken off its host, then its pod network removed, then pki-service's facts without it. */
export function removeNodeStages(host: string): StageList {
  const scope = [host];
  return [
    { id: 'drain', title: `Drain ${host}`, needs: [], scope },
    { id: 'node-off', title: `Remove ${host} from the cluster and its host`, needs: ['drain'], scope },
    { id: 'network-off', title: `Remove the pod network from ${host}`, needs: ['node-off'], scope },
    { id: 'pki-forget', title: `Remove ${host} from the cluster PKI`, needs: ['network-off'], scope },
  ];
}

/** The spec once a node is removed: the host loses its node role, and leaves the spec if it has no other role. */
export function specWithoutNode(spec: ClusterSpec, host: string): ClusterSpec {
  const hosts = spec.spec.hosts.flatMap((h) => {
    if (h.name !== host) return [h];
    const roles = h.roles.filter((r) => r !== 'node');
    return roles.length ? [{ ...h, roles }] : [];
  });
  return { ...spec, spec: { ...spec.spec, hosts } };
}
