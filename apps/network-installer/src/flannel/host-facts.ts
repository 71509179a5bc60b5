import { PreconditionError } from '@kdeploy/errors';
import { HostConnection, sh } from '@kdeploy/ssh';

/** The interface holding the node's address and its MTU: flannel's underlay. */
export interface Underlay {
  iface: string;
  mtu: number;
}

/** Reads the underlay in one round trip; a host where no interface holds the address is refused, named. */
export async function readUnderlay(host: HostConnection, address: string, signal?: AbortSignal): Promise<Underlay> {
  const r = await host.exec(
    sh`i=$(ip -o addr show to ${address} | awk '{print $2; exit}'); [ -n "$i" ] && printf '%s %s\n' "$i" "$(cat /sys/class/net/$i/mtu)"`,
    { allowFailure: true, signal },
  );
  const [iface, mtu] = r.stdout.trim().split(' ');
  if (r.exitCode !== 0 || !iface || !Number(mtu))
    throw new PreconditionError(
      `no interface holds the node's address ${address}: flannel's underlay must be the address the cluster uses`,
      host.host,
    );
  return { iface: iface.replace(/@.*$/, ''), mtu: Number(mtu) };
}
