import { join } from 'node:path';
import { SERVICES, ServiceApp } from '@kdeploy/proto';
import { ensureTlsDirs, LOOPBACK_NAMES, type TlsProcess } from '@kdeploy/x509';
import type { LauncherConfig } from './config';

/** The TLS directory of each process the launcher starts, and of `operator`, the identity for other tools. */
export interface InternalTls {
  root: string;
  dir(name: ServiceApp | 'gateway' | 'operator'): string;
}

/** The listener's own host when it is not a loopback name (so a service bound to an address answers on it). */
function serveNames(listen: string): TlsProcess['serve'] {
  const host = listen.slice(0, listen.lastIndexOf(':')).replace(/^\[|\]$/g, '');
  const extra = host && ![...LOOPBACK_NAMES.dns, ...LOOPBACK_NAMES.ips, '0.0.0.0', '::'].includes(host) ? host : undefined;
  if (!extra) return LOOPBACK_NAMES;
  return /^[\d.]+$|:/.test(extra)
    ? { ...LOOPBACK_NAMES, ips: [...LOOPBACK_NAMES.ips, extra] }
    : { ...LOOPBACK_NAMES, dns: [...LOOPBACK_NAMES.dns, extra] };
}

/**
 * kdeploy's internal CA and one TLS directory per process under STATE/tls, made on first start
 * (keys 0600, never logged): every service serves mutual TLS and refuses callers without a
 * certificate from this CA. Later starts keep them.
 */
export async function ensureInternalTls(stateDir: string, listen: LauncherConfig['listen']): Promise<InternalTls> {
  const root = join(stateDir, 'tls');
  await ensureTlsDirs(root, [
    ...SERVICES.map((s) => ({ name: s.app, serve: serveNames(listen[s.key]), calls: s.callsPki })),
    { name: 'gateway', calls: true },
    { name: 'operator', calls: true },
  ]);
  return { root, dir: (name) => join(root, name) };
}
