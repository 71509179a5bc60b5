/**
 * Wall time from `POST /clusters` to `done` against the sum of the stages' own times (the
 * graph's gain), the no-op re-apply, and the time to add one node through
 * `POST /clusters/:id/nodes`, for two topologies:
 * - classic: lab6 the master, lab7 and lab8 nodes, etcd on all three (added: lab9);
 * - 3 + 3: lab10-lab12 masters with etcd, lab13-lab15 nodes (added: lab16).
 * Flannel, CoreDNS, metrics-server and the smoke check in both. Starts kdeploy with the
 * launcher (as a user would); each topology is deployed on bare hosts, re-applied, grown by one
 * node, then removed; each is then deployed once more (CAs kept, the nodes'
 * hash-named artifact cache kept, etcd's removed).
 * Run: `npx nx run gateway:bench` (both), or with `--args=3x3` / `--args=classic` for one. The
 * state directory is kept and named at the end, so each step's timing can be read from its events.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLab, LabInfo } from '@kdeploy/testing';
import { labSpec, labTopologySpec } from '../src/testing/lab-spec';
import { launchKdeploy, Launched } from '../src/testing/launcher';

async function untilFinished(k: Launched, cluster: string, jobId: string): Promise<void> {
  for (;;) {
    const res = await fetch(`${k.url}/clusters/${cluster}/events`, { headers: { authorization: `Bearer ${k.token}` } });
    const text = await res.text(); // the stream ends after the running job's job-finished
    const finished = text.split('event: job-finished').slice(1);
    if (finished.some((t) => t.includes(jobId))) return;
  }
}

async function call(k: Launched, method: string, path: string, body?: unknown) {
  const res = await fetch(`${k.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${k.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs one job to its end and prints its wall time, each stage's time (and each host's), and their sum. */
async function timed(k: Launched, cluster: string, label: string, method: string, path: string, body?: unknown): Promise<number> {
  const t0 = performance.now();
  const accepted = await call(k, method, path, body);
  if (!accepted['jobId']) throw new Error(`${label}: ${JSON.stringify(accepted)}`);
  await untilFinished(k, cluster, accepted['jobId']);
  const wall = performance.now() - t0;
  const view = await call(k, 'GET', `/clusters/${cluster}`);
  if (view['job'].state !== 'done') throw new Error(`${label} failed: ${JSON.stringify(view['job'].error)}`);
  const stages = view['job'].stages as { id: string; durationMs: number; hosts: Record<string, { durationMs?: number }> }[];
  const sum = stages.reduce((a, x) => a + x.durationMs, 0);
  process.stdout.write(`${label}\n  wall time: ${s(wall)}   (sum of the stages' own times: ${s(sum)})\n`);
  for (const x of stages) {
    const hosts = Object.entries(x.hosts)
      .map(([h, v]) => `${h} ${s(v.durationMs ?? 0)}`)
      .join(', ');
    process.stdout.write(`    ${x.id.padEnd(11)} ${s(x.durationMs).padStart(8)}   (${hosts})\n`);
  }
  return wall;
}

async function topology(k: Launched, lab: LabInfo, name: string, spec: unknown, added: string, again = false): Promise<void> {
  const address = lab.hosts.find((h) => h.name === added)?.address;
  process.stdout.write(`\n== ${name} ==\n`);
  await timed(
    k,
    name,
    'deploy (no cluster on the hosts; their artifact cache as earlier runs left it): POST /clusters -> done',
    'POST',
    '/clusters',
    spec,
  );
  await timed(k, name, 'no-op re-apply: POST /clusters -> done', 'POST', '/clusters', spec);
  await timed(k, name, `add one node (${added}): POST /clusters/${name}/nodes -> done`, 'POST', `/clusters/${name}/nodes`, {
    hosts: [{ name: added, address }],
  });
  await timed(k, name, `remove it: DELETE /clusters/${name}/nodes/${added} -> done`, 'DELETE', `/clusters/${name}/nodes/${added}`);
  await timed(k, name, 'delete the cluster', 'DELETE', `/clusters/${name}`);
  if (again) {
    await timed(k, name, 'deploy again (CAs kept, node artifact cache kept): POST /clusters -> done', 'POST', '/clusters', spec);
    await timed(k, name, 'delete the cluster', 'DELETE', `/clusters/${name}`);
  }
}

async function main(): Promise<void> {
  const lab = await ensureLab(16);
  const only = process.argv[2];
  if (only !== undefined && only !== 'classic' && only !== '3x3') throw new Error(`unknown topology "${only}": classic or 3x3`);
  const stateDir = mkdtempSync(join(tmpdir(), 'kd-bench-'));
  const k = await launchKdeploy(stateDir);
  try {
    if (only !== '3x3') await topology(k, lab, 'bench-classic', labSpec(lab, 'bench-classic'), 'lab9', true);
    const big = labTopologySpec(lab, 'bench-3x3', ['lab10', 'lab11', 'lab12'], ['lab13', 'lab14', 'lab15']);
    if (only !== 'classic') await topology(k, lab, 'bench-3x3', big, 'lab16', true);
  } finally {
    await k.stop();
    process.stdout.write(`\nstate directory (events with each step's timing): ${stateDir}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
