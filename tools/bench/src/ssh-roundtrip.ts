/**
 * Round trip of a trivial command: kdeploy's reused connection against the system ssh client
 * (a new connection per command). Run: `npx nx run bench:bench-ssh`.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { SshHost } from '@kdeploy/ssh';
import { ensureLab, labSshOptions } from '@kdeploy/testing';

const WARMUP = 50;
const RUNS = 500;
const SSH_RUNS = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const lab = await ensureLab(1);
  const target = lab.hosts[0];
  const host = new SshHost({
    host: target.name,
    address: target.address,
    privateKeyFile: lab.privateKeyFile,
    hostKey: { fingerprint: target.hostKeyFingerprint },
  });
  for (let i = 0; i < WARMUP; i++) await host.exec('true');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await host.exec('true');
    times.push(performance.now() - t0);
  }
  await host.close();
  times.sort((a, b) => a - b);
  console.log(`host ${target.name} (${target.address})`);
  console.log(
    `kdeploy ssh, reused connection: ${RUNS} x true: median ${percentile(times, 50).toFixed(2)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(2)} ms, min ${times[0].toFixed(2)} ms`,
  );

  const t0 = performance.now();
  for (let i = 0; i < SSH_RUNS; i++) {
    const r = spawnSync('ssh', [...labSshOptions(lab), `root@${target.address}`, 'true'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`system ssh exited ${r.status}`);
  }
  const total = performance.now() - t0;
  console.log(
    `system ssh, new connection each: ${SSH_RUNS} x true: total ${(total / 1000).toFixed(2)} s, per command ${(total / SSH_RUNS).toFixed(1)} ms`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
