import { randomBytes } from 'node:crypto';
import { resolveArtifacts } from '@kdeploy/artifacts';
import { hostConnection, Mutex } from '@kdeploy/installer';
import type { commonV1, masterV1 } from '@kdeploy/proto';
import { fanOutSettled, procedure, Procedure } from '@kdeploy/steps';
import { chooseEncryption, installedEncryption, needsClusterKey } from '../encryption/keys';
import { certificates } from '../steps/certificates';
import { configFiles } from '../steps/config-files';
import { MasterCtx } from '../steps/context';
import { etcdReachable } from '../steps/etcd-reachable';
import { installBinaries } from '../steps/install-binaries';
import { kubeconfigs } from '../steps/kubeconfigs';
import { localProxy } from '../steps/local-proxy';
import { preflight } from '../steps/preflight';
import { recordOwner } from '../steps/record-owner';
import { start, waitAllReady } from '../steps/start';
import { units } from '../steps/units';
import { COMPONENTS, versionTable } from '../versions';
import { Session } from './session';
import { clusterSigner } from './signer';

/** Apply on every master: checks, binaries, certificates, etcd reached, configs, units, start, ready, local proxy. */
export const INSTALL: Procedure<MasterCtx> = procedure('install', [
  preflight,
  recordOwner,
  installBinaries,
  certificates,
  etcdReachable,
  configFiles,
  kubeconfigs,
  units,
  start,
  waitAllReady,
  localProxy,
]);

/** The encryption keys of every master of the call (unreachable masters are left to preflight). */
async function installedKeys(session: Session) {
  const found = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name })),
    ({ host }) => installedEncryption(hostConnection(session, host), session.signal),
    { concurrency: 10, what: 'Read the Secrets encryption config', signal: session.signal },
  );
  for (const f of found) if (!f.ok && !/connect|ssh|timed out/i.test(f.error.message)) throw f.error;
  return found.flatMap((f) => (f.ok ? [f.value] : []));
}

/** The one builder of a call's context; Remove passes no artifacts, keys or signer. */
export function masterContext(session: Session, extra: Partial<MasterCtx> = {}): MasterCtx {
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    request: session.request,
    version: versionTable(session.request.settings.kubernetesVersion),
    artifacts: [],
    pki: session.pki,
    endpoint: session.endpoint,
    encryption: { provider: 'secretbox', keys: [] },
    restartLock: new Mutex(),
    installOn: new Set(session.hosts.map((h) => h.name)),
    connections: session.connections,
    signal: session.signal,
    ...extra,
  };
}

/** The context of Plan and Apply: binaries resolved, the encryption keys and the signer chosen from what the masters hold. */
export async function applyContext(
  session: Session,
  req: { spec: masterV1.MasterSpec__Output | null; artifacts: commonV1.ArtifactSource__Output | null },
  mode: 'plan' | 'apply',
): Promise<MasterCtx> {
  const version = versionTable(session.request.settings.kubernetesVersion);
  // independent reads at once: each is a round trip (the first one to each master opens its SSH connection)
  const [artifacts, installed, cas] = await Promise.all([
    resolveArtifacts(req.artifacts, session.request.settings.kubernetesVersion, COMPONENTS),
    installedKeys(session),
    mode === 'plan' ? session.pki.casIfAny() : session.pki.cas(),
  ]);
  // a dry run asks pki-service for nothing it would make: a random key in place of the real one shows the file as new
  const clusterKey = !needsClusterKey(req.spec?.secretsEncryption, installed)
    ? ''
    : mode === 'apply'
      ? await session.pki.secretsEncryptionKey()
      : randomBytes(32).toString('base64');
  const encryption = chooseEncryption(req.spec?.secretsEncryption, installed, clusterKey);
  const signer = await clusterSigner(session, cas?.kubernetes, mode);
  return masterContext(session, { version, artifacts, encryption, signer });
}
