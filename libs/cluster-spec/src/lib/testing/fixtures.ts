/**
 * Test inputs: the repo's example specs and a small valid spec to break one field at a time.
 * The seed example's addresses are not lab hosts; nothing here ever connects anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repo's `examples/` folder. */
export const EXAMPLES_DIR = join(__dirname, '..', '..', '..', '..', '..', 'examples');

/** Text of `examples/<name>`. */
export function exampleText(name: 'lab-cluster.yaml' | 'classic-cluster.yaml' | 'seed-cluster.yaml'): string {
  return readFileSync(join(EXAMPLES_DIR, name), 'utf8');
}

type Json = Record<string, unknown>;

/** A small valid spec (three hosts, every section left to defaults); a fresh copy each call. */
export function minimalSpec(): Json & { spec: Json & { hosts: Json[]; ssh: Json; network?: Json } } {
  return {
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name: 'demo' },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [
        { name: 'h1', address: '192.0.2.11', roles: ['etcd', 'master', 'node'] },
        { name: 'h2', address: '192.0.2.12', roles: ['etcd', 'node'] },
        { name: 'h3', address: '192.0.2.13', roles: ['etcd', 'node'] },
      ],
      ssh: { privateKeyFile: '/keys/id_ed25519', knownHostsFile: '/keys/known_hosts' },
      artifacts: { source: '/srv/artifacts' },
    },
  };
}

/** The same spec with IPv6 hosts and networks. */
export function ipv6Spec(): ReturnType<typeof minimalSpec> {
  const spec = minimalSpec();
  spec.spec.hosts = [
    { name: 'v6a', address: 'fd00:211::11', roles: ['etcd', 'master', 'node'] },
    { name: 'v6b', address: 'FD00:211:0::12', roles: ['master', 'node'] },
    { name: 'v6c', address: 'fd00:211::13', roles: ['node'] },
  ];
  spec.spec.network = { podCIDR: 'fd00:10:244::/56', serviceCIDR: 'fd00:10:96::/108', nodeCidrMaskSize: 64 };
  return spec;
}
