import { SpecError, SpecIssue } from '@kdeploy/errors';
import type { masterV1 } from '@kdeploy/proto';
import { parse } from 'yaml';
import { MasterHost, masterHost, MasterSettings, masterSettings } from '../control-plane/settings';

/** What a request's MasterSpec gives the rendering: settings, the masters, the serving certificate's SANs. */
export interface ControlPlaneRequest {
  settings: MasterSettings;
  masters: MasterHost[];
  /** What the apiserver serving certificate covers, as the cluster spec derived it. */
  sans: { dnsNames: string[]; ipAddresses: string[] };
  /** The request's own audit policy (checked to be an audit.k8s.io/v1 Policy), or undefined for kdeploy's. */
  auditPolicyYaml?: string;
}

/** A caller's audit policy: YAML of one audit.k8s.io/v1 Policy with rules, or a SpecError. */
function auditPolicyOf(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  let doc: { apiVersion?: unknown; kind?: unknown; rules?: unknown } | undefined;
  try {
    doc = parse(text) as typeof doc;
  } catch (e) {
    throw new SpecError([{ path: 'spec.audit.policy_yaml', message: `not YAML: ${(e as Error).message.split('\n')[0]}` }]);
  }
  if (doc?.apiVersion !== 'audit.k8s.io/v1' || doc.kind !== 'Policy' || !Array.isArray(doc.rules) || !doc.rules.length)
    throw new SpecError([{ path: 'spec.audit.policy_yaml', message: 'an audit.k8s.io/v1 Policy with at least one rule' }]);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * MasterSpec as the request carries it (derived by libs/cluster-spec's masterSpecMessage),
 * checked, with the contract's defaults applied. The installer derives no value itself: a
 * request without masters or SANs is refused, naming the field.
 */
export function controlPlaneRequest(spec: masterV1.MasterSpec__Output | null | undefined): ControlPlaneRequest {
  if (!spec) throw new SpecError([{ path: 'spec', message: 'required: the control-plane settings derived from the cluster spec' }]);
  const issues: SpecIssue[] = [];
  if (!spec.masters.length) issues.push({ path: 'spec.masters', message: 'required: every master with its advertise address' });
  const sans = { dnsNames: spec.apiserverSans?.dnsNames ?? [], ipAddresses: spec.apiserverSans?.ipAddresses ?? [] };
  if (!sans.dnsNames.length || !sans.ipAddresses.length)
    issues.push({ path: 'spec.apiserver_sans', message: 'required: the names and addresses of the apiserver certificate' });
  const names = new Set<string>();
  for (const m of spec.masters) {
    if (names.has(m.name)) issues.push({ path: 'spec.masters', message: `${m.name} is listed twice` });
    names.add(m.name);
  }
  if (issues.length) throw new SpecError(issues);
  const masters = spec.masters.map((m) => masterHost(m.name, m.advertiseAddress));
  const missing = masters.filter((m) => !sans.ipAddresses.includes(m.address)).map((m) => m.name);
  if (missing.length)
    throw new SpecError([
      { path: 'spec.apiserver_sans.ip_addresses', message: `must cover every master's address; missing: ${missing.join(', ')}` },
    ]);
  const settings = masterSettings({
    kubernetesVersion: spec.kubernetesVersion,
    clusterName: spec.clusterName,
    securePort: spec.securePort,
    serviceCidr: spec.serviceCidr,
    podCidr: spec.podCidr,
    allocateNodeCidrs: spec.allocateNodeCidrs,
    nodeCidrMaskSize: spec.nodeCidrMaskSize,
    serviceNodePortRange: spec.serviceNodePortRange,
    clusterDomain: spec.clusterDomain,
    etcdEndpoints: spec.etcdEndpoints,
    audit: {
      path: spec.audit?.path,
      maxAgeDays: spec.audit?.maxAgeDays,
      maxBackups: spec.audit?.maxBackups,
      maxSizeMb: spec.audit?.maxSizeMb,
    },
    featureGates: spec.featureGates,
  });
  return { settings, masters, sans, auditPolicyYaml: auditPolicyOf(spec.audit?.policyYaml) };
}
