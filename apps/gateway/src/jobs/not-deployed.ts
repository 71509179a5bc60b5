import type { ClusterSpec } from '@kdeploy/cluster-spec';

/**
 * What the spec asks for that no stage of the deploy graph installs yet, so a job never says
 * `done` as if the whole cluster stood: the job-started and job-finished events name each
 * part. The list shrinks as the master, node and network installers join the graph.
 */
export function notDeployed(spec: ClusterSpec): string[] {
  const hosts = (role: 'master' | 'node') => spec.spec.hosts.filter((h) => h.roles.includes(role)).map((h) => h.name);
  const parts: string[] = [];
  const masters = hosts('master');
  if (masters.length > 0) parts.push(`control plane (kube-apiserver, kube-controller-manager, kube-scheduler) on ${masters.join(', ')}`);
  const nodes = hosts('node');
  if (nodes.length > 0) parts.push(`nodes (${spec.spec.containerRuntime.kind}, kubelet, kube-proxy) on ${nodes.join(', ')}`);
  if (nodes.length > 0) parts.push(`network (${spec.spec.network.plugin}, ${spec.spec.network.backend})`);
  if (spec.spec.addons.length > 0) parts.push(`add-ons (${spec.spec.addons.join(', ')})`);
  return parts;
}
