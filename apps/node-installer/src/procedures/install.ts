import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { hostConnection, pkiNotGiven } from '@kdeploy/installer';
import type { commonV1 } from '@kdeploy/proto';
import { fanOutSettled, procedure, Procedure } from '@kdeploy/steps';
import { HostFacts, readHostFacts } from '../node/host-facts';
import { CNI_PLUGINS, cniArtifact, DOCKER_BINARIES, IMAGES, NODE_BINARIES } from '../node/layout';
import { certificates } from '../steps/certificates';
import { containerd } from '../steps/containerd';
import { docker, installDockerBinaries } from '../steps/docker';
import { images, imagesImported } from '../steps/images';
import { NodeCtx } from '../steps/context';
import { hostPrep } from '../steps/host-prep';
import { installBinaries, installCniPlugins } from '../steps/install-binaries';
import { kubeProxy } from '../steps/kube-proxy';
import { kubelet } from '../steps/kubelet';
import { localProxy } from '../steps/local-proxy';
import { preflight } from '../steps/preflight';
import { recordOwner } from '../steps/record-owner';
import { JoinWait, waitReady } from '../steps/wait-ready';
import { runtimeOf } from '../request/settings';
import { versionTable } from '../versions';
import { Session } from './session';

/**
 * What every node gets, in order. The kubelet starts once its endpoint, runtime, sandbox image
 * and certificates are in place, and before kube-proxy, which nothing of the kubelet's start
 * waits for: the kubelet registers and reports Ready while kube-proxy is set up.
 */
const PREPARE = [
  preflight,
  recordOwner,
  hostPrep,
  installBinaries,
  installDockerBinaries,
  installCniPlugins,
  containerd,
  docker,
  images,
  certificates,
  localProxy,
  kubelet,
  kubeProxy,
];

/** Apply: converge the nodes; starts no kubelet that has not joined. */
export const INSTALL: Procedure<NodeCtx> = procedure('install', [...PREPARE, imagesImported]);
/** Apply before a Join that waits for the images itself (ApplyRequest.join_waits_for_images). */
export const INSTALL_BEFORE_JOIN: Procedure<NodeCtx> = procedure('install', PREPARE);

/**
 * Join: the same, with the bootstrap token, then every new Node Ready. Hosts an Apply just
 * prepared (`prepared`) get the checks, the ownership record and the kubelet only.
 */
export function joinProcedure(wait: (ctx: NodeCtx) => JoinWait, prepared = false): Procedure<NodeCtx> {
  const steps = prepared ? [preflight, recordOwner, kubelet] : PREPARE;
  return procedure('join', [...steps, waitReady(wait), imagesImported]);
}

/** Every artifact a node needs: binaries, CNI plugins, image archives (Docker's only where a node runs docker). */
export const NODE_ARTIFACTS = [...NODE_BINARIES, ...CNI_PLUGINS.map(cniArtifact), ...IMAGES];

/** The facts of every node, read at once; a host that cannot be read fails the call before any step, named. */
async function readFacts(session: Session): Promise<Map<string, HostFacts>> {
  const read = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name })),
    ({ host }) => readHostFacts(hostConnection(session, host), session.signal),
    { concurrency: 10, what: 'Read the hosts', signal: session.signal },
  );
  const failed = read.filter((r) => !r.ok);
  if (failed.length)
    throw new PreconditionError(`cannot read ${failed.map((f) => `${f.host}: ${f.ok ? '' : f.error.message}`).join('; ')}`);
  return new Map(read.flatMap((r) => (r.ok ? [[r.host, r.value] as const] : [])));
}

/** The one builder of a call's context. */
export async function nodeContext(
  session: Session,
  artifacts: commonV1.ArtifactSource__Output | null,
  extra: Partial<NodeCtx> = {},
): Promise<NodeCtx> {
  const version = versionTable(session.settings.kubernetesVersion);
  // images carry their own versions (pause 3.10), so only the binaries are held to the Kubernetes release
  const binaries = artifacts ? await resolveArtifacts(artifacts, session.settings.kubernetesVersion, ['kubelet', 'kube-proxy']) : [];
  const anyDocker = session.hosts.some((h) => runtimeOf(session.settings, h.name) === 'docker');
  const rest = artifacts
    ? await resolveArtifacts(artifacts, '', [
        ...NODE_ARTIFACTS.filter((n) => n !== 'kubelet' && n !== 'kube-proxy'),
        ...(anyDocker ? DOCKER_BINARIES : []),
      ])
    : [];
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    version,
    artifacts: [...binaries, ...rest],
    pki: session.pki ?? pkiNotGiven(),
    endpoint: session.endpoint,
    nodes: session.hosts.map((h) => ({ name: h.name, address: h.address })),
    facts: await readFacts(session),
    installOn: new Set(session.hosts.map((h) => h.name)),
    connections: session.connections,
    signal: session.signal,
    ...extra,
  };
}
