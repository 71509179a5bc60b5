import { posix } from 'node:path';
import { cidrContains, parseCidr, parseCidrLoose } from '@kdeploy/cluster-spec';
import { sh } from '@kdeploy/ssh';
import { flannelEtcdctl, leaseKey } from '../flannel/etcdctl';
import { binPath, CNI_BRIDGE, LAYOUT, UNIT } from '../flannel/layout';
import { parseSubnetEnv } from '../flannel/subnet-env';
import { NetStep } from './context';

/** Every file and directory of the network on a node (the hash-named cache stays). */
const PATHS = [
  posix.join(LAYOUT.unitDir, UNIT),
  binPath('flanneld'),
  posix.join(LAYOUT.cacheDir, 'verified', 'flanneld'),
  LAYOUT.toolsDir,
  LAYOUT.configDir,
  LAYOUT.runDir,
  LAYOUT.cniConf,
  ...LAYOUT.cniStateDirs,
];

/** flanneld's chains and the jumps to them; every other rule stays as it was. */
const CHAINS = [
  { table: 'nat', from: 'POSTROUTING', chain: 'FLANNEL-POSTRTG' },
  { table: 'filter', from: 'FORWARD', chain: 'FLANNEL-FWD' },
];
const dropChain = (c: (typeof CHAINS)[number]) =>
  sh`iptables -w 5 -t ${c.table} -S ${c.from} | grep -F -- ${`-j ${c.chain}`} | sed 's/^-A/-D/' | while read -r rule; do eval iptables -w 5 -t ${c.table} "$rule"; done; iptables -w 5 -t ${c.table} -F ${c.chain} 2>/dev/null; iptables -w 5 -t ${c.table} -X ${c.chain} 2>/dev/null; true`;
const chainGone = (c: (typeof CHAINS)[number]) => sh`! iptables -w 5 -t ${c.table} -S ${c.chain} >/dev/null 2>&1`;

/**
 * Takes the pod network off a node: flanneld stopped (with etcd its lease released, as flannel's
 * own user), its VXLAN interface, the CNI bridge, the routes into the pod network, its iptables
 * chains, and every file. flanneld itself deletes none of these when it stops.
 */
export const removeNetwork: NetStep = {
  id: 'network/remove',
  title: 'Remove the pod network from the host',
  async run(ctx, host, ops) {
    await ops.run(`stop and disable ${UNIT}`, sh`systemctl disable --now ${UNIT}`, {
      check: sh`! systemctl is-active --quiet ${UNIT} && ! systemctl is-enabled --quiet ${UNIT} 2>/dev/null`,
      timeoutMs: 90_000,
    });
    const lease = parseSubnetEnv((await host.exec(sh`cat -- ${LAYOUT.subnetEnv} 2>/dev/null || true`, { signal: ctx.signal })).stdout);
    if (ctx.settings.subnetManager === 'etcd' && lease) {
      const key = leaseKey(ctx.settings, lease.subnet);
      await ops
        .run(`release the lease ${key}`, flannelEtcdctl(ctx.settings, ['del', key]), {
          check: sh`! test -x ${posix.join(LAYOUT.toolsDir, 'etcdctl')}`,
        })
        .catch((e: unknown) =>
          ops.log(`the lease ${key} was not released (it expires within 24 h): ${e instanceof Error ? e.message : String(e)}`, 'warn'),
        );
    }
    const vxlan = `flannel.${ctx.settings.vxlanId}`;
    for (const link of [vxlan, CNI_BRIDGE])
      await ops.run(`delete the interface ${link}`, sh`ip link delete ${link}`, { check: sh`! ip link show ${link} >/dev/null 2>&1` });
    const routes = (await host.exec(sh`ip -4 route show`, { signal: ctx.signal })).stdout
      .split('\n')
      .map((l) => l.trim().split(' ')[0])
      .filter((dst) => dst && dst !== 'default' && inside(dst, ctx.settings.podCidr));
    for (const dst of routes)
      await ops.run(`delete the route to ${dst}`, sh`ip route del ${dst}`, { check: sh`! ip -4 route show ${dst} | grep -q .` });
    for (const c of CHAINS) await ops.run(`delete the iptables chain ${c.chain}`, dropChain(c), { check: chainGone(c) });
    await ops.run('delete the network files', sh`rm -rf -- ${PATHS}`, { check: sh`for p in ${PATHS}; do ! test -e "$p" || exit 1; done` });
    await ops.run('reload systemd', 'systemctl daemon-reload', { check: sh`! systemctl cat ${UNIT} >/dev/null 2>&1` });
  },
};

/** True when the route's destination lies inside the pod network (flannel's own routes do). */
function inside(dst: string, podCidr: string): boolean {
  const pod = parseCidr(podCidr);
  const d = parseCidrLoose(dst.includes('/') ? dst : `${dst}/32`);
  return !!pod && !!d && d.cidr.prefix >= pod.prefix && cidrContains(pod, d.address);
}
