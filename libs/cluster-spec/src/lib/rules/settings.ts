/**
 * Rules that tie a setting to another one: SSH credentials and host-key verification, the
 * control-plane endpoint and its hosts, certificate lifetimes, registry mirrors.
 */
import { pathText, Report } from './report';
import { SpecView } from './view';

/** SSH needs a credential and a way to verify every host's key (security.md: no code path accepts any key). */
export function checkSsh(view: SpecView, report: Report): void {
  const ssh = view.ssh;
  if (!ssh) return;
  const has = (field: string) => ssh[field] !== undefined;
  if (!has('privateKeyFile') && !has('password')) {
    report(['spec', 'ssh', 'privateKeyFile'], 'required unless spec.ssh.password is set');
  }
  if (has('passphrase') && !has('privateKeyFile')) {
    report(['spec', 'ssh', 'passphrase'], 'only meaningful with spec.ssh.privateKeyFile');
  }
  const unpinned = (view.hosts ?? []).filter((h) => !h.hasFingerprint);
  if (!has('knownHostsFile') && ssh['trustOnFirstUse'] !== true && unpinned.length > 0) {
    const list = unpinned.map((h) => pathText(['spec', 'hosts', h.index])).join(', ');
    report(
      ['spec', 'ssh', 'knownHostsFile'],
      `required to verify host keys, unless every host has hostKeyFingerprint or spec.ssh.trustOnFirstUse is true (no fingerprint: ${list})`,
    );
  }
}

/** The endpoint kind decides which other fields are needed. */
export function checkControlPlane(view: SpecView, report: Report): void {
  const { endpoint, loadBalancer } = view;
  if (endpoint === undefined) return;
  if (endpoint === 'load-balancer' && !loadBalancer?.present) {
    report(['spec', 'controlPlane', 'loadBalancer'], 'required when spec.controlPlane.endpoint is load-balancer (its address and port)');
  }
  if (endpoint !== 'load-balancer' && loadBalancer?.present) {
    report(['spec', 'controlPlane', 'loadBalancer'], `only allowed when spec.controlPlane.endpoint is load-balancer (it is ${endpoint})`);
  }
  const hosts = view.hosts;
  if (endpoint === 'single-master' && hosts && hosts.every((h) => h.rolesKnown)) {
    const masters = hosts.filter((h) => h.roles.includes('master')).length;
    if (masters > 1) {
      report(
        ['spec', 'controlPlane', 'endpoint'],
        `single-master needs exactly one master; ${masters} hosts have the master role (use local-proxy or load-balancer)`,
      );
    }
  }
}

/** A leaf certificate must not outlive the CA that signs it. */
export function checkPki(view: SpecView, report: Report): void {
  if (view.pki && view.pki.leafDays > view.pki.caYears * 365) {
    report(['spec', 'pki', 'leafDays'], `${view.pki.leafDays} days outlives the CA (spec.pki.caYears: ${view.pki.caYears})`);
  }
}

/** Two mirror lists for one registry would leave it unclear which applies. */
export function checkRegistryMirrors(view: SpecView, report: Report): void {
  const seen = new Map<string, number>();
  (view.registries ?? []).forEach((registry, index) => {
    if (registry === undefined) return;
    const first = seen.get(registry);
    const path = ['spec', 'containerRuntime', 'registryMirrors'];
    if (first === undefined) seen.set(registry, index);
    else report([...path, index, 'registry'], `"${registry}" is also listed at ${pathText([...path, first])}`);
  });
}
