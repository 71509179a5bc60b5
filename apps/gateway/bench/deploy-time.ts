/**
 * Wall time from `POST /clusters` to `done` for the classic topology on lab6-lab8 (lab6 the
 * master, lab7 and lab8 nodes, etcd on all three, flannel, CoreDNS and metrics-server), against
 * the sum of the stages' own times (the graph's gain). Starts kdeploy with the launcher (as a
 * user would), deploys, removes, and deploys again; run 2 has the CAs already, and the nodes'
 * hash-named artifact cache (etcd's is removed with etcd).
 * Run: `npx nx run gateway:bench`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLab } from '@kdeploy/testing';
import { labSpec } from '../src/testing/lab-spec';
import { launchKdeploy, Launched } from '../src/testing/launcher';

const CLUSTER = 'gw-bench';

async function untilFinished(k: Launched, jobId: string): Promise<void> {
  for (;;) {
    const res = await fetch(`${k.url}/clusters/${CLUSTER}/events`, { headers: { authorization: `Bearer ${k.token}` } });
    const text = await res.text(); // the stream ends after the running job's job-finished
    if (
      text.includes('event: job-finished') &&
      text
        .split('event: job-finished')
        .slice(1)
        .some((t) => t.includes(jobId))
    )
      return;
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

async function deployOnce(k: Launched, spec: unknown, label: string): Promise<void> {
  const t0 = performance.now();
  const accepted = await call(k, 'POST', '/clusters', spec);
  await untilFinished(k, accepted['jobId']);
  const wall = performance.now() - t0;
  const view = await call(k, 'GET', `/clusters/${CLUSTER}`);
  if (view['phase'] !== 'ready') throw new Error(`deploy failed: ${JSON.stringify(view['job'].error)}`);
  const stages = view['job'].stages as { id: string; durationMs: number; hosts: Record<string, { durationMs?: number }> }[];
  const sum = stages.reduce((a, s) => a + s.durationMs, 0);
  process.stdout.write(`${label}\n  wall time POST -> done: ${(wall / 1000).toFixed(2)} s\n`);
  for (const s of stages) {
    const hosts = Object.entries(s.hosts)
      .map(([h, x]) => `${h} ${((x.durationMs ?? 0) / 1000).toFixed(2)} s`)
      .join(', ');
    process.stdout.write(`  stage ${s.id.padEnd(5)} ${(s.durationMs / 1000).toFixed(2)} s   (${hosts})\n`);
  }
  process.stdout.write(`  sum of the stages' own times: ${(sum / 1000).toFixed(2)} s\n`);
}

async function remove(k: Launched): Promise<void> {
  const accepted = await call(k, 'DELETE', `/clusters/${CLUSTER}`);
  await untilFinished(k, accepted['jobId']);
}

async function main(): Promise<void> {
  const lab = await ensureLab(8);
  const k = await launchKdeploy(mkdtempSync(join(tmpdir(), 'kd-bench-')));
  try {
    const spec = labSpec(lab, CLUSTER);
    writeFileSync(join(k.stateDir, 'cluster.json'), JSON.stringify(spec));
    await deployOnce(k, spec, 'run 1 (new CAs, artifacts copied to bare hosts)');
    await remove(k);
    await deployOnce(k, spec, "run 2 (CAs exist; the nodes' artifact cache kept, etcd's removed)");
    await deployOnce(k, spec, 'run 3: re-apply of the running cluster (nothing to change)');
    await remove(k);
  } finally {
    await k.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
