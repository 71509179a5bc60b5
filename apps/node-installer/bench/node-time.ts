/**
 * Prints how long node-installer takes on the lab (a figure, not a test), with etcd and a
 * one-master control plane on lab13 deployed first by etcd- and master-installer:
 *  1. bare hosts (node units, files and Node objects removed; the hash-named artifact cache
 *     kept, as "artifacts cached") to two Ready nodes, lab14 and lab15, through Join;
 *  2. one more node, lab16, joined to the running cluster;
 *  3. a no-op re-apply of the three.
 * Targets: under 15 s and under 10 s. Takes everything off the hosts at the end.
 * Run: NX_DAEMON=false npx nx run node-installer:bench
 */
import { timedRun } from '@kdeploy/testing';
import { writeBridgeCni } from '../src/testing/cluster-tools';
import { NODE_LAB, startNodeHarness } from '../src/testing/node-harness';

const [FIRST, SECOND, LATER] = NODE_LAB.nodes;

async function main(): Promise<void> {
  process.stdout.write('node-installer bench: using lab13..lab16 (lab hosts that are not running are started first)\n');
  const h = await startNodeHarness();
  const c = h.cluster('node-bench');
  const all = [FIRST, SECOND, LATER];
  const cni = () => Promise.all(all.map((n) => writeBridgeCni(h.lab, n, c.derived.network.flannel.hostSubnets[n])));
  try {
    await c.remove(all);
    await c.controlPlane();
    // Warm the hosts' artifact cache once, then go back to bare hosts that keep only that cache.
    await cni();
    await timedRun('warm-up join', async () => c.join(all, await c.token()));
    const rows: string[] = [];
    for (let i = 1; i <= 3; i++) {
      for (const n of all) await timedRun(`remove ${n}`, () => c.removeNode(n));
      await cni();
      const tokens = [await c.token(), await c.token()];
      const two = await timedRun('join two', () => c.join([FIRST, SECOND], tokens[0]));
      const one = await timedRun('join one more', () => c.join([LATER], tokens[1]));
      const noop = await timedRun('re-apply', () => c.apply(all));
      rows.push(
        `run ${i}: bare -> 2 Ready nodes ${(two.ms / 1000).toFixed(2)} s; +1 joined node ${(one.ms / 1000).toFixed(2)} s; no-op re-apply of 3 ${(noop.ms / 1000).toFixed(2)} s (${noop.changed} changes)`,
      );
      rows.push(`  join of two, steps (slowest host): ${two.steps}`);
      rows.push(`  join of one, steps: ${one.steps}`);
      rows.push(`  no-op re-apply, steps (slowest host): ${noop.steps}`);
    }
    process.stdout.write(
      `node-installer bench (control plane on lab13, artifacts cached by hash on the hosts)\n${rows.join('\n')}\ntargets: two Ready nodes < 15 s, one more < 10 s\n`,
    );
  } finally {
    await c.remove(all).catch(() => undefined);
    await c.removeControlPlane().catch(() => undefined);
    await h.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
