/**
 * Options of the components kdeploy installs: how clients reach the apiservers, the
 * container runtime, etcd and the add-ons. Only what users of kubeasz/k0sctl actually tune;
 * flags per version are the templates' business, not the spec's.
 */
import { z } from 'zod';
import { HostPath, IpAddressText, Port } from './primitives';

/**
 * local-proxy: a TCP proxy on every host at 127.0.0.1 balancing over all apiservers (kubeasz's
 * kube-lb); single-master: the one master's address; load-balancer: an external LB.
 */
export const EndpointKind = z.enum(['local-proxy', 'single-master', 'load-balancer']);
export type EndpointKind = z.infer<typeof EndpointKind>;

/** An external load balancer in front of the apiservers (TCP passthrough). */
export const LoadBalancer = z.strictObject({
  address: IpAddressText.meta({ description: 'Address clients connect to; added to the apiserver certificate' }),
  port: Port.default(6443),
});
export type LoadBalancer = z.infer<typeof LoadBalancer>;

/** How components and users reach the apiservers. */
export const ControlPlane = z
  .strictObject({
    endpoint: EndpointKind.default('local-proxy'),
    loadBalancer: LoadBalancer.optional().meta({ description: 'Required when endpoint is load-balancer, refused otherwise' }),
    apiserverPort: Port.default(6443).meta({ description: 'Secure port of kube-apiserver on each master' }),
  })
  .meta({ id: 'ControlPlane' });
export type ControlPlane = z.infer<typeof ControlPlane>;

/** Mirrors of one registry, tried in order before the registry itself. */
export const RegistryMirror = z.strictObject({
  registry: z.string().min(1).meta({ description: 'Registry host, e.g. docker.io or registry.k8s.io' }),
  endpoints: z.array(z.url({ protocol: /^https?$/, error: 'not an http(s) URL' })).min(1, 'must list at least one mirror URL'),
});
export type RegistryMirror = z.infer<typeof RegistryMirror>;

/** What a node runs its containers with. docker is reached through cri-dockerd (dockershim is gone). */
export const RuntimeKind = z.enum(['containerd', 'docker']);
export type RuntimeKind = z.infer<typeof RuntimeKind>;

/** Docker Engine's settings beyond mirrors and insecure registries, written to /etc/docker/daemon.json. */
export const DockerSettings = z
  .strictObject({
    storageDriver: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'a storage driver name such as overlay2')
      .default('overlay2'),
    logMaxSize: z
      .string()
      .regex(/^[1-9][0-9]*[kmg]$/, 'a size such as 100m (k, m or g)')
      .default('100m')
      .meta({ description: "Rotate a container's json-file log at this size" }),
    logMaxFiles: z.number().int().min(1).max(100).default(3).meta({ description: 'Rotated log files kept per container' }),
  })
  .meta({ id: 'DockerSettings' });
export type DockerSettings = z.infer<typeof DockerSettings>;

/** The CRI runtime of the nodes; a host may pick the other one (hosts[].containerRuntime). */
export const ContainerRuntime = z
  .strictObject({
    kind: RuntimeKind.default('containerd').meta({ description: "Every node's runtime unless its host entry says otherwise" }),
    registryMirrors: z.array(RegistryMirror).default([]),
    insecureRegistries: z
      .array(z.string().regex(/^[a-z0-9.-]+(:[0-9]{1,5})?$/, 'a registry as host or host:port'))
      .default([])
      .meta({ description: 'Registries reached over plain HTTP or without a verified certificate (docker nodes)' }),
    docker: DockerSettings.prefault({}),
    config: z
      .record(z.string(), z.unknown())
      .refine(
        (o) => Object.keys(o).length === 0,
        'kdeploy does not merge settings into the runtime config; use registryMirrors, insecureRegistries and docker',
      )
      .default({})
      .meta({ description: 'Reserved: must be empty (runtime settings are the fields above)' }),
  })
  .meta({ id: 'ContainerRuntime' });
export type ContainerRuntime = z.infer<typeof ContainerRuntime>;

/** The kubelet on every node. Its security settings are kdeploy's; the rest may be tuned. */
export const Kubelet = z
  .strictObject({
    config: z.record(z.string(), z.unknown()).default({}).meta({
      description:
        'Merged over the generated KubeletConfiguration, e.g. {evictionHard: {memory.available: 200Mi}}; authentication, authorization, readOnlyPort, TLS and certificate settings cannot be overridden',
    }),
  })
  .meta({ id: 'Kubelet' });
export type Kubelet = z.infer<typeof Kubelet>;

/** etcd options. Ports are fixed (2379 client, 2380 peer) and TLS-only by design. */
export const Etcd = z
  .strictObject({
    dataDir: HostPath.default('/var/lib/etcd').meta({ description: 'Data directory on each etcd host (mode 0700)' }),
  })
  .meta({ id: 'Etcd' });
export type Etcd = z.infer<typeof Etcd>;

/** Add-ons applied once the apiserver answers. */
export const Addon = z.enum(['coredns', 'metrics-server']);
export type Addon = z.infer<typeof Addon>;

/** The add-on list; each at most once. */
export const Addons = z
  .array(Addon)
  .refine((list) => new Set(list).size === list.length, 'lists an add-on twice')
  .default(['coredns', 'metrics-server']);
