import type { ClusterSpec } from '@kdeploy/cluster-spec';

/**
 * What the spec asks for that no stage of the deploy graph installs yet, so a job never says
 * `done` as if the whole cluster stood: the job-started and job-finished events name each
 * part. Today that is Docker as a node's runtime: node-installer runs containerd only.
 */
export function notDeployed(spec: ClusterSpec): string[] {
  const nodes = spec.spec.hosts.filter((h) => h.roles.includes('node')).map((h) => h.name);
  if (spec.spec.containerRuntime.kind === 'docker' && nodes.length > 0)
    return [`Docker as the container runtime on ${nodes.join(', ')} (the nodes get containerd)`];
  return [];
}
