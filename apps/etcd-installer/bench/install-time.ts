/**
 * Prints how long the etcd installer takes on lab1..lab3 (a figure, not a test):
 *  1. bare hosts (data, keys, unit and binaries removed; the hash-named binary cache kept) to a
 *     healthy 3-member cluster;
 *  2. a no-op re-apply of the same request.
 * Targets: under 10 s and under 2 s. Leaves the hosts bare (Remove with wipe) at the end.
 * Run: NX_DAEMON=false npx nx run etcd-installer:bench
 */
import { timedRun } from '@kdeploy/testing';
import { startEtcdHarness } from '../src/testing/etcd-harness';

const THREE = ['lab1', 'lab2', 'lab3'];
const ALL = ['lab1', 'lab2', 'lab3', 'lab4', 'lab5'];

async function main(): Promise<void> {
  // the harness needs lab1..lab5 (pki-service knows all five; Remove wipes all five) and
  // starts whichever of them is not running: said here, not done silently
  process.stdout.write('etcd-installer bench: using lab1..lab5 (lab hosts that are not running are started first)\n');
  const h = await startEtcdHarness();
  try {
    await h.remove(ALL);
    // Warm the hosts' binary cache once, then go back to bare hosts that keep only that cache.
    const warm = await timedRun('warm-up apply', () => h.apply(THREE));
    const rows = [`first apply, the hosts' cache as it was (on new hosts every binary travels): ${(warm.ms / 1000).toFixed(2)} s`];
    for (let i = 1; i <= 3; i++) {
      await h.remove(THREE, true, true);
      const install = await timedRun('install', () => h.apply(THREE));
      const noop = await timedRun('re-apply', () => h.apply(THREE));
      rows.push(
        `run ${i}: bare -> healthy 3 members ${(install.ms / 1000).toFixed(2)} s (${install.changed} changes); no-op re-apply ${(noop.ms / 1000).toFixed(2)} s (${noop.changed} changes)`,
      );
      rows.push(`  install steps (slowest host): ${install.steps}`);
      rows.push(`  re-apply steps (slowest host): ${noop.steps}`);
    }
    process.stdout.write(
      `etcd-installer bench (lab1..lab3, binaries cached by hash on the hosts)\n${rows.join('\n')}\ntargets: install < 10 s, no-op re-apply < 2 s\n`,
    );
  } finally {
    await h.remove(ALL).catch(() => undefined);
    await h.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
