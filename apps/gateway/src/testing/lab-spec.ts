import type { ClusterSpecInput } from '@kdeploy/cluster-spec';
import type { LabInfo } from '@kdeploy/testing';

/**
 * A spec for lab6..lab8 (the gateway's share of the lab), made from the lab's state:
 * addresses, key file, known_hosts, artifacts dir. The classic topology: lab6 the master,
 * lab7 and lab8 the nodes, etcd on all three.
 */
export function labSpec(lab: LabInfo, name = 'gw-lab'): ClusterSpecInput {
  const hosts = lab.hosts.filter((h) => ['lab6', 'lab7', 'lab8'].includes(h.name));
  if (hosts.length !== 3) throw new Error('the lab has no lab6..lab8; run ensureLab(8)');
  return {
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: hosts.map((h, i) => ({ name: h.name, address: h.address, roles: i === 0 ? ['master', 'etcd'] : ['etcd', 'node'] })),
      ssh: { user: 'root', privateKeyFile: lab.privateKeyFile, knownHostsFile: lab.knownHostsFile },
      controlPlane: { endpoint: 'local-proxy' },
      // the lab's kernel runs cgroup v1 (tools/lab/README.md)
      hostPreparation: { cgroupV1: 'allow' },
      // CoreDNS asks nothing outside the lab: other names go to the master, where no resolver answers
      network: { upstreamResolvers: [hosts[0].address] },
      artifacts: { source: lab.artifactsDir },
    },
  };
}

/**
 * labSpec with `node` on Docker Engine through cri-dockerd, the other node on containerd, and
 * Docker settings to check on the host: a Docker Hub mirror and an insecure registry on lab6's
 * address (never contacted: every image comes from the bundle), log rotation of 20m x 4.
 */
export function mixedRuntimeSpec(lab: LabInfo, name: string, node: string): ClusterSpecInput {
  const base = labSpec(lab, name);
  const registry = `${base.spec.hosts[0].address}:5000`;
  return {
    ...base,
    spec: {
      ...base.spec,
      hosts: base.spec.hosts.map((h) => (h.name === node ? { ...h, containerRuntime: 'docker' as const } : h)),
      containerRuntime: {
        registryMirrors: [{ registry: 'docker.io', endpoints: [`http://${registry}`] }],
        insecureRegistries: [registry],
        docker: { logMaxSize: '20m', logMaxFiles: 4 },
      },
    },
  };
}

/**
 * A spec for any lab hosts: `masters` run the control plane and etcd, `nodes` the workloads
 * (the benchmark's 3 masters + 3 nodes). Same lab settings as labSpec.
 */
export function labTopologySpec(lab: LabInfo, name: string, masters: readonly string[], nodes: readonly string[]): ClusterSpecInput {
  const base = labSpec(lab, name);
  const address = (n: string) => {
    const h = lab.hosts.find((x) => x.name === n);
    if (!h) throw new Error(`the lab has no ${n}; run ensureLab with more hosts`);
    return h.address;
  };
  const hosts = [
    ...masters.map((n) => ({ name: n, address: address(n), roles: ['master', 'etcd'] as ('master' | 'etcd' | 'node')[] })),
    ...nodes.map((n) => ({ name: n, address: address(n), roles: ['node'] as ('master' | 'etcd' | 'node')[] })),
  ];
  return { ...base, spec: { ...base.spec, hosts, network: { upstreamResolvers: [address(masters[0])] } } };
}

/** The same spec shape for hosts that do not exist (10.211.0.20x): for jobs whose installers are black holes. */
export function offlineSpec(keyFile: string, knownHostsFile: string, name = 'gw-offline'): ClusterSpecInput {
  return {
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [1, 2, 3].map((i) => ({ name: `n${i}`, address: `10.211.0.20${i}`, roles: ['master', 'etcd', 'node'] })),
      ssh: { user: 'root', privateKeyFile: keyFile, knownHostsFile },
      artifacts: { source: '/nonexistent-artifacts' },
    },
  };
}
