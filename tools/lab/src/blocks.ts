import { run, runRaw } from './exec';
import { HostPlan } from './naming';

/** Every block table's name starts so; lab down deletes them all. */
export const BLOCK_TABLE_PREFIX = 'kdlab_block_';

/** The nftables table (bridge family) that holds the blocks between two hosts, the same for either order. */
export function blockTable(name: string, peer: string): string {
  const [x, y] = [name, peer].sort();
  return `${BLOCK_TABLE_PREFIX}${x}_${y}`;
}

/**
 * Drops one protocol and port between two hosts, both ways, on this machine in the lab bridge's
 * forward hook (nftables, bridge family: built into the kernel, where tc's drop action may be a
 * module that is not there). One table per pair, so unblocking is deleting it.
 */
export async function blockPair(a: HostPlan, b: HostPlan, proto: 'udp' | 'tcp', port: number): Promise<void> {
  const table = blockTable(a.name, b.name);
  await run(['nft', 'add', 'table', 'bridge', table]);
  await run(['nft', 'add', 'chain', 'bridge', table, 'forward', '{ type filter hook forward priority 0; policy accept; }']);
  for (const [from, to] of [
    [a, b],
    [b, a],
  ])
    await run([
      'nft',
      'add',
      'rule',
      'bridge',
      table,
      'forward',
      'ip',
      'saddr',
      from.address,
      'ip',
      'daddr',
      to.address,
      proto,
      'dport',
      String(port),
      'drop',
    ]);
}

/** Deletes the pair's table; nothing to do when there is none. */
export async function unblockPair(a: HostPlan, b: HostPlan): Promise<void> {
  await run(['nft', 'delete', 'table', 'bridge', blockTable(a.name, b.name)], { okCodes: [0, 1] });
}

/** Deletes the block tables of every pair (lab down); the number deleted. */
export async function removeBlocks(): Promise<number> {
  const r = await runRaw(['nft', 'list', 'tables', 'bridge']);
  const tables = r.stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[2])
    .filter((t): t is string => !!t && t.startsWith(BLOCK_TABLE_PREFIX));
  for (const t of tables) await run(['nft', 'delete', 'table', 'bridge', t], { okCodes: [0, 1] });
  return tables.length;
}
