/**
 * The machines of the cluster and what each one runs. A host may hold several roles, as in
 * kubeasz's inventory groups; the name becomes the Kubernetes node name and the etcd member name.
 */
import { z } from 'zod';
import { RuntimeKind } from './components';
import { DnsLabel, IpAddressText, LabelKey, LabelValue, Port } from './primitives';

/** What a host runs: etcd member, control plane, or workload node (kubelet, kube-proxy, runtime). */
export const Role = z.enum(['etcd', 'master', 'node']).meta({
  description: 'etcd: etcd member; master: kube-apiserver, controller-manager, scheduler; node: container runtime, kubelet, kube-proxy',
});
export type Role = z.infer<typeof Role>;

/** A node taint, as in `kubectl taint`. */
export const Taint = z.strictObject({
  key: LabelKey,
  value: LabelValue.optional(),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});
export type Taint = z.infer<typeof Taint>;

/** OpenSSH's fingerprint form (`ssh-keygen -lf`), the only one users can copy from a terminal. */
export const HostKeyFingerprint = z
  .string()
  .regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'not an SSH host key fingerprint like SHA256:<43 base64 characters> (ssh-keygen -lf)');

/** One machine. */
export const Host = z
  .strictObject({
    name: DnsLabel.meta({ description: 'Node name and etcd member name (DNS-1123 label); unique' }),
    address: IpAddressText.meta({ description: 'IPv4 or IPv6 address kdeploy connects to and the cluster uses; unique' }),
    port: Port.optional().meta({ description: 'SSH port of this host; default spec.ssh.port' }),
    roles: z
      .array(Role)
      .min(1, 'must list at least one of etcd, master, node')
      .refine((roles) => new Set(roles).size === roles.length, 'lists a role twice'),
    hostKeyFingerprint: HostKeyFingerprint.optional().meta({
      description: 'Pinned SSH host key (SHA256:...); alternative to spec.ssh.knownHostsFile',
    }),
    labels: z.record(LabelKey, LabelValue).optional().meta({ description: 'Extra node labels (node role only)' }),
    taints: z.array(Taint).optional().meta({ description: 'Node taints (node role only)' }),
    containerRuntime: RuntimeKind.optional().meta({
      description: "This node's runtime when it differs from spec.containerRuntime.kind (node role only)",
    }),
  })
  .meta({ id: 'Host' });
export type Host = z.infer<typeof Host>;

/** The host list: its cross-host rules live in rules/topology.ts. */
export const Hosts = z.array(Host).min(1, 'must list at least one host');
