import { errorDetail, hostConnection, unitStates } from '@kdeploy/installer';
import { commonV1, networkV1 } from '@kdeploy/proto';
import { sh } from '@kdeploy/ssh';
import { fanOutSettled } from '@kdeploy/steps';
import { LAYOUT, UNIT } from '../flannel/layout';
import { parseSubnetEnv } from '../flannel/subnet-env';
import { Session } from './session';

/**
 * Status: per node flanneld's unit, the lease and MTU it wrote, and whether its interface is up
 * (flannel.VNI for VXLAN; the node's own for host-gw). Healthy when every node has all three.
 */
export async function networkStatus(session: Session): Promise<networkV1.StatusResponse> {
  const nodes: networkV1.NodeNetwork[] = [];
  const hosts = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name, address: h.address })),
    async ({ host, address }): Promise<commonV1.HostStatus> => {
      const c = hostConnection(session, host);
      const units = await unitStates(c, [UNIT], session.signal);
      const lease = parseSubnetEnv((await c.exec(sh`cat -- ${LAYOUT.subnetEnv} 2>/dev/null || true`, { signal: session.signal })).stdout);
      const vxlan = session.settings.backend === 'vxlan';
      const iface = vxlan
        ? `flannel.${session.settings.vxlanId}`
        : (await c.exec(sh`ip -o addr show to ${address} | awk '{print $2; exit}'`, { signal: session.signal })).stdout
            .trim()
            .replace(/@.*$/, '');
      const up =
        iface !== '' &&
        (await c.exec(sh`ip -o link show ${iface} | grep -q ',UP'`, { allowFailure: true, signal: session.signal })).exitCode === 0;
      nodes.push({
        host,
        subnet: lease?.subnet ?? '',
        backend: session.settings.backend,
        mtu: lease?.mtu ?? 0,
        interface: iface,
        interfaceUp: up,
      });
      const problem = !lease ? 'flanneld holds no lease' : !up ? `${iface} is not up` : undefined;
      return { host, healthy: units.every((u) => u.healthy) && !problem, units, ...(problem ? { error: { message: problem } } : {}) };
    },
    { concurrency: 10, what: 'Read the nodes', signal: session.signal },
  );
  const out = hosts.map((o) => (o.ok ? o.value : { host: o.host, healthy: false, units: [], error: errorDetail(o.error) }));
  return { healthy: out.every((h) => h.healthy), hosts: out, nodes: session.hosts.flatMap((h) => nodes.filter((n) => n.host === h.name)) };
}
