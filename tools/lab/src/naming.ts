/** Lab naming and addressing: pure, so that every command derives the same names. */

export const MAX_HOSTS = 16;
export const BRIDGE = 'lab0';
export const GATEWAY = '10.211.0.1';
export const PREFIX_LENGTH = 24;
/** Routed to nowhere so that a typo in a lab address can never leave through the default route. */
export const GUARD_ROUTE = '10.211.0.0/16';

const HOST_NAME = /^lab([1-9]|1[0-6])$/;

export interface HostPlan {
  name: string;
  index: number;
  address: string;
  /** The host end of the veth; the other end is eth0 inside the host's namespace. */
  veth: string;
  /**
   * eth0's MAC, fixed per host (locally administered): a rebooted host keeps it, so the
   * neighbour caches of this machine and the other hosts stay right (a new random MAC
   * made ssh wait about 20 s after a power-on, seen here).
   */
  mac: string;
}

/** The plan of host `index` (1-based): lab1 is 10.211.0.11, lab16 is 10.211.0.26. */
export function hostPlan(index: number): HostPlan {
  if (!Number.isInteger(index) || index < 1 || index > MAX_HOSTS) {
    throw new RangeError(`host index must be 1..${MAX_HOSTS}, got ${index}`);
  }
  const name = `lab${index}`;
  return {
    name,
    index,
    address: `10.211.0.${10 + index}`,
    veth: `v${name}`,
    mac: `02:6b:64:00:00:${(10 + index).toString(16).padStart(2, '0')}`,
  };
}

/** Plans of lab1..labN. */
export function hostPlans(count: number): HostPlan[] {
  return Array.from({ length: count }, (_, i) => hostPlan(i + 1));
}

/** The plan for a host name, or undefined when the name is not a lab host's. */
export function planForName(name: string): HostPlan | undefined {
  const m = HOST_NAME.exec(name);
  return m ? hostPlan(Number(m[1])) : undefined;
}

/** True for network namespace names the lab creates (used to find leftovers of killed runs). */
export function isLabNetnsName(name: string): boolean {
  return HOST_NAME.test(name);
}

/** True for host-side veth names the lab creates. */
export function isLabVethName(name: string): boolean {
  return /^vlab([1-9]|1[0-6])$/.test(name);
}
