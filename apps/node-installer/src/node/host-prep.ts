import { sh } from '@kdeploy/ssh';
import { NodeSettings } from '../request/settings';
import { OsFamily } from './os-family';

/** Modules every node loads: overlay for containerd's snapshotter, br_netfilter so bridged traffic meets iptables. */
export const BASE_MODULES = ['overlay', 'br_netfilter'];

/**
 * The sysctls a node needs: forwarding and bridged traffic through iptables (the CNI bridge and
 * kube-proxy rely on both), and the kernel values the kubelet's protectKernelDefaults checks.
 */
export const BASE_SYSCTLS: Readonly<Record<string, string>> = {
  'net.ipv4.ip_forward': '1',
  'net.ipv6.conf.all.forwarding': '1',
  'net.bridge.bridge-nf-call-iptables': '1',
  'net.bridge.bridge-nf-call-ip6tables': '1',
  'vm.overcommit_memory': '1',
  'vm.panic_on_oom': '0',
  'kernel.panic': '10',
  'kernel.panic_on_oops': '1',
};

/**
 * Whether a module is there, loaded or built into the kernel: /sys/module has loaded modules
 * and most built-in ones, modules.builtin lists the rest; br_netfilter built in shows only as
 * the bridge-nf-call sysctls it adds (as on the lab's kernel, which has no /lib/modules).
 */
export function moduleCheck(name: string): string {
  const builtin = sh`grep -q ${`/${name}.ko`} "/lib/modules/$(uname -r)/modules.builtin" 2>/dev/null`;
  const own = name === 'br_netfilter' ? ' || test -e /proc/sys/net/bridge/bridge-nf-call-iptables' : '';
  return `${sh`test -d ${`/sys/module/${name}`}`} || ${builtin}${own}`;
}

/**
 * Sysctls a node needs at least, raised and never lowered: the kubelet's cAdvisor, containerd and
 * every pod that watches files take inotify instances, and the kernel's default of 128 per user
 * runs out on a busy node ("inotify_init: too many open files", the kubelet exits).
 */
export const MIN_SYSCTLS: Readonly<Record<string, number>> = {
  'fs.inotify.max_user_instances': 8192,
  'fs.inotify.max_user_watches': 524288,
};

/** A sysctl's file under /proc/sys. */
export const sysctlPath = (key: string) => `/proc/sys/${key.replace(/\./g, '/')}`;

/** /etc/modules-load.d/kdeploy.conf: loaded at every boot by systemd-modules-load. */
export function modulesFile(s: NodeSettings): string {
  return `# kdeploy: kernel modules a Kubernetes node needs\n${[...new Set([...BASE_MODULES, ...s.prep.modules])].join('\n')}\n`;
}

/**
 * The sysctls a node gets: the base ones, the minimums (or the host's value where it is higher,
 * from `current`), then the spec's, which win.
 */
export function sysctls(s: NodeSettings, current: Readonly<Record<string, number>> = {}): Record<string, string> {
  const mins = Object.fromEntries(Object.entries(MIN_SYSCTLS).map(([k, v]) => [k, String(Math.max(v, current[k] ?? 0))]));
  return { ...BASE_SYSCTLS, ...mins, ...s.prep.sysctls };
}

/** The sysctl.d file: applied at every boot by systemd-sysctl, and now by the step. */
export function sysctlFile(values: Readonly<Record<string, string>>): string {
  return `# kdeploy: kernel settings a Kubernetes node needs\n${Object.entries(values)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n')}\n`;
}

/** Ports a node opens to the cluster: kubelet, kube-proxy health, NodePorts, flannel's VXLAN. */
export const NODE_FIREWALL_PORTS = ['10250/tcp', '10256/tcp', '30000-32767/tcp', '30000-32767/udp', '8472/udp'];

/** One change of a family's preparation: what it does, its command, and the check that it is already done. */
export interface PrepCommand {
  description: string;
  command: string;
  check: string;
}

/**
 * What a family needs beyond modules and sysctls. RHEL: SELinux set to the spec's mode now and
 * at boot (permissive by default, as the classic guide has it), and firewalld, when it runs,
 * opened for the node's ports (permanently, then reloaded). Debian has neither by default.
 */
export function familyCommands(family: OsFamily, s: NodeSettings): PrepCommand[] {
  if (family === 'debian') return [];
  const mode = s.prep.selinux || 'permissive';
  const out: PrepCommand[] = [
    {
      description: `set SELinux to ${mode} now and at boot`,
      command: sh`if command -v setenforce >/dev/null && [ "$(getenforce)" = Enforcing ]; then setenforce 0; fi; sed -i ${`s/^SELINUX=.*/SELINUX=${mode}/`} /etc/selinux/config`,
      check: sh`! test -f /etc/selinux/config || grep -qx ${`SELINUX=${mode}`} /etc/selinux/config`,
    },
  ];
  out.push({
    description: `open the node ports in firewalld (${NODE_FIREWALL_PORTS.join(', ')})`,
    command: [...NODE_FIREWALL_PORTS.map((p) => sh`firewall-cmd --permanent --add-port=${p}`), 'firewall-cmd --reload'].join(' && '),
    // in a subshell: the host's shell is a persistent one, which an exit must not end
    check: sh`! systemctl is-active --quiet firewalld || ( p=" $(firewall-cmd --list-ports) "; for x in ${NODE_FIREWALL_PORTS}; do case "$p" in *" $x "*) ;; *) exit 1;; esac; done )`,
  });
  return out;
}

/** Swap off now and at boot (fstab lines commented), when the spec asks for it. */
export const SWAP_OFF: PrepCommand = {
  description: 'turn swap off now and at boot',
  command: sh`swapoff -a && sed -ri ${'/^[^#].*\\sswap\\s/s/^/# kdeploy: swap off for the kubelet: /'} /etc/fstab`,
  check: sh`[ -z "$(tail -n +2 /proc/swaps)" ] && ! grep -qE ${'^[^#].*\\sswap\\s'} /etc/fstab`,
};
