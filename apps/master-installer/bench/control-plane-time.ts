/**
 * Prints how long master-installer takes on lab10..lab12 (a figure, not a test), with etcd
 * deployed there first by etcd-installer:
 *  1. bare hosts (units, files and credentials of the control plane removed; the hash-named
 *     binary cache kept) to three ready apiservers behind the local proxy;
 *  2. a no-op re-apply of the same request.
 * Targets: under 20 s and under 2 s. Takes the control plane and etcd off the hosts at the end.
 * Run: NX_DAEMON=false npx nx run master-installer:bench
 */
import { timedRun } from '@kdeploy/testing';
import { MASTER_LAB_HOSTS, startMasterHarness } from '../src/testing/master-harness';

async function main(): Promise<void> {
  process.stdout.write('master-installer bench: using lab10..lab12 (lab hosts that are not running are started first)\n');
  const h = await startMasterHarness();
  const c = h.cluster('master-bench', MASTER_LAB_HOSTS, 'local-proxy');
  try {
    await c.prepare();
    // Warm the hosts' binary cache once, then go back to bare hosts that keep only that cache.
    await timedRun('warm-up apply', () => c.apply());
    const rows: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await timedRun('remove', () => c.remove());
      const install = await timedRun('install', () => c.apply());
      const noop = await timedRun('re-apply', () => c.apply());
      rows.push(
        `run ${i}: bare -> 3 ready apiservers ${(install.ms / 1000).toFixed(2)} s (${install.changed} changes); no-op re-apply ${(noop.ms / 1000).toFixed(2)} s (${noop.changed} changes)`,
      );
      rows.push(`  install steps (slowest host): ${install.steps}`);
      rows.push(`  re-apply steps (slowest host): ${noop.steps}`);
    }
    process.stdout.write(
      `master-installer bench (lab10..lab12, binaries cached by hash on the hosts)\n${rows.join('\n')}\ntargets: install < 20 s, no-op re-apply < 2 s\n`,
    );
  } finally {
    await c.remove().catch(() => undefined);
    await c.removeEtcd().catch(() => undefined);
    await h.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
