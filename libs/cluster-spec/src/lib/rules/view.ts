/**
 * A best-effort view of a (possibly invalid) document for the cross-field rules. Each field
 * is taken only when it passes its own schema, so the rules can run next to the structural
 * errors without tripping over them, and never report a problem caused by another one.
 */
import { z } from 'zod';
import { Cidr, parseCidr } from '../net/cidr';
import { IpAddress, parseIp } from '../net/ip';
import { EndpointKind, LoadBalancer } from '../schema/components';
import { Role } from '../schema/hosts';
import { Pki } from '../schema/install';
import { Network } from '../schema/network';

/** A host as far as it can be read; `rolesKnown` is false when its roles did not validate. */
export interface HostView {
  index: number;
  name?: string;
  address?: IpAddress;
  addressText?: string;
  roles: Role[];
  rolesKnown: boolean;
  hasFingerprint: boolean;
  hasLabelsOrTaints: { labels: boolean; taints: boolean; containerRuntime: boolean };
}

/** What the rules look at. `undefined` means "not readable": the rule depending on it is skipped. */
export interface SpecView {
  hosts?: HostView[];
  podCIDR?: Cidr;
  serviceCIDR?: Cidr;
  nodeCidrMaskSize?: number;
  endpoint?: EndpointKind;
  loadBalancer?: { present: boolean; address?: IpAddress; addressText?: string };
  ssh?: Record<string, unknown>;
  pki?: { caYears: number; leafDays: number };
  registries?: (string | undefined)[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function pick<T extends z.ZodType>(schema: T, value: unknown): z.output<T> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function hostView(value: unknown, index: number): HostView {
  const host = record(value) ?? {};
  const roles = pick(z.array(Role), host['roles']);
  const addressText = typeof host['address'] === 'string' ? host['address'] : undefined;
  return {
    index,
    name: typeof host['name'] === 'string' ? host['name'] : undefined,
    address: addressText === undefined ? undefined : parseIp(addressText),
    addressText,
    roles: roles ?? [],
    rolesKnown: roles !== undefined && roles.length > 0,
    hasFingerprint: typeof host['hostKeyFingerprint'] === 'string',
    hasLabelsOrTaints: {
      labels: host['labels'] !== undefined,
      taints: host['taints'] !== undefined,
      containerRuntime: host['containerRuntime'] !== undefined,
    },
  };
}

function cidrOf(value: unknown): Cidr | undefined {
  return typeof value === 'string' ? parseCidr(value) : undefined;
}

/** Read what can be read of the document. */
export function viewOf(document: unknown): SpecView {
  const spec = record(record(document)?.['spec']) ?? {};
  // Defaults have been applied to parts that parsed; missing sections fall back to the schemas' defaults.
  const network = record(spec['network']) ?? pick(Network, {}) ?? {};
  const controlPlane = record(spec['controlPlane']) ?? {};
  const lb = record(controlPlane['loadBalancer']);
  const lbAddressText = typeof lb?.['address'] === 'string' ? lb['address'] : undefined;
  const pki = pick(Pki, spec['pki'] ?? {});
  const mirrors = record(spec['containerRuntime'])?.['registryMirrors'];
  return {
    hosts: Array.isArray(spec['hosts']) ? spec['hosts'].map(hostView) : undefined,
    podCIDR: cidrOf(network['podCIDR']),
    serviceCIDR: cidrOf(network['serviceCIDR']),
    nodeCidrMaskSize: pick(Network.shape.nodeCidrMaskSize, network['nodeCidrMaskSize']),
    endpoint: pick(EndpointKind, controlPlane['endpoint'] ?? 'local-proxy'),
    loadBalancer: {
      present: controlPlane['loadBalancer'] !== undefined,
      address: pick(LoadBalancer.shape.address, lbAddressText) === undefined ? undefined : parseIp(lbAddressText ?? ''),
      addressText: lbAddressText,
    },
    ssh: record(spec['ssh']),
    pki: pki && { caYears: pki.caYears, leafDays: pki.leafDays },
    registries: Array.isArray(mirrors)
      ? mirrors.map((m) => (typeof record(m)?.['registry'] === 'string' ? (record(m)?.['registry'] as string) : undefined))
      : undefined,
  };
}
