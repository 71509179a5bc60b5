import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { NotFoundError, SpecError, SpecIssue } from '@kdeploy/errors';
import { ClusterSpec, safeParseClusterSpec } from '@kdeploy/cluster-spec';
import type { GatewayContext } from '../../context';
import { accepted } from '../accepted';
import { addNodesStages, removeNodeStages } from '../../jobs/day2/jobs';
import { BadRequestError, ConflictError } from '../../api-errors';
import { readLocal } from '../submission';
import { phaseOf } from '../views';

const MAX_ADDED = 50;

/** The hosts of a POST /clusters/:id/nodes body, merged into the stored spec and validated with it. */
async function specWithNodes(spec: ClusterSpec, body: unknown): Promise<{ spec: ClusterSpec; names: string[]; knownHosts?: string }> {
  const hosts = (body as { hosts?: unknown } | null)?.hosts;
  const extra = body && typeof body === 'object' ? Object.keys(body).filter((k) => k !== 'hosts') : [];
  const issues: SpecIssue[] = extra.map((k) => ({ path: k, message: 'unknown field' }));
  if (!Array.isArray(hosts) || hosts.length === 0 || hosts.length > MAX_ADDED)
    issues.push({ path: 'hosts', message: `a list of 1 to ${MAX_ADDED} hosts to add, each { name, address } with the node role` });
  if (issues.length) throw new SpecError(issues);
  const added = (hosts as unknown[]).map((h): Record<string, unknown> => (h && typeof h === 'object' ? { roles: ['node'], ...h } : {}));
  added.forEach((h, i) => {
    const roles = h['roles'];
    if (!Array.isArray(roles) || roles.length !== 1 || roles[0] !== 'node')
      issues.push({
        path: `hosts[${i}].roles`,
        message: 'only hosts with the node role alone are added here; etcd members and masters come with POST /clusters',
      });
    const name = h['name'];
    const address = h['address'];
    if (spec.spec.hosts.some((x) => x.name === name))
      issues.push({ path: `hosts[${i}].name`, message: `${String(name)} is already a host of the cluster` });
    if (spec.spec.hosts.some((x) => x.address === address))
      issues.push({ path: `hosts[${i}].address`, message: `${String(address)} is already the address of a host of the cluster` });
  });
  if (issues.length) throw new SpecError(issues);
  const n = spec.spec.hosts.length;
  const merged = safeParseClusterSpec({ ...spec, spec: { ...spec.spec, hosts: [...spec.spec.hosts, ...added] } });
  if (!merged.success) {
    // the new hosts' problems by their place in the body, the rest (rules over all hosts) as the spec names them
    const path = (p: string) => p.replace(/^spec\.hosts\[(\d+)\]/, (m, i: string) => (Number(i) >= n ? `hosts[${Number(i) - n}]` : m));
    throw new SpecError(merged.error.issues.map((x) => ({ ...x, path: path(x.path) })));
  }
  // the known_hosts file is read again: it may list the new hosts' keys now
  const file = spec.spec.ssh.knownHostsFile;
  const knownHosts = file ? await readLocal(file, 'spec.ssh.knownHostsFile', issues) : undefined;
  if (issues.length) throw new SpecError(issues);
  return { spec: merged.spec, names: added.map((h) => String(h['name'])), knownHosts };
}

/** Day 2: nodes added to a ready cluster and removed from it, each as a job with events. */
export function nodesRouter(ctx: GatewayContext): Router {
  const router = Router();
  const { store, runner } = ctx;

  const ready = async (id: string) => {
    const cluster = await store.getCluster(id);
    const [job] = cluster ? await store.jobsOf(id) : [];
    if (!cluster || !job) throw new NotFoundError(`cluster ${id} not found`);
    const phase = phaseOf(job);
    if (phase !== 'ready') throw new ConflictError(`cluster ${id} is ${phase}; nodes are added and removed once its last job is done`);
    return cluster;
  };

  router.post('/:id/nodes', async (req, res) => {
    if (!req.is(['application/json', 'application/*+json']))
      throw new BadRequestError('send the hosts as JSON (Content-Type: application/json)');
    const cluster = await ready(req.params['id']);
    const { spec, names, knownHosts } = await specWithNodes(cluster.spec, req.body);
    const job = await store.createJob({
      clusterId: cluster.id,
      cluster: { spec, knownHosts: knownHosts ?? cluster.knownHosts, secrets: await store.clusterSecrets(cluster.id) },
      job: { id: randomUUID(), kind: 'add-nodes', stages: addNodesStages(names) },
      maxRunningJobs: ctx.maxRunningJobs,
    });
    runner.start(job);
    accepted(res, cluster.id, job.id);
  });

  router.delete('/:id/nodes/:host', async (req, res) => {
    const cluster = await ready(req.params['id']);
    const name = req.params['host'];
    const host = cluster.spec.spec.hosts.find((h) => h.name === name);
    if (!host) throw new NotFoundError(`cluster ${cluster.id} has no host ${name}`);
    if (!host.roles.includes('node')) throw new BadRequestError(`${name} is not a node (its roles: ${host.roles.join(', ')})`);
    if (host.roles.includes('master'))
      throw new BadRequestError(`${name} is also a master; this removes nodes only, and a master's host stays in the control plane`);
    if (cluster.spec.spec.hosts.filter((h) => h.roles.includes('node')).length === 1)
      throw new ConflictError(`${name} is the last node of cluster ${cluster.id}; delete the cluster instead`);
    const job = await store.createJob({
      clusterId: cluster.id,
      job: { id: randomUUID(), kind: 'remove-node', stages: removeNodeStages(name) },
      maxRunningJobs: ctx.maxRunningJobs,
    });
    runner.start(job);
    accepted(res, cluster.id, job.id);
  });

  return router;
}
