import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { hostConnection, pkiNotGiven } from '@kdeploy/installer';
import type { ApiAccess } from '@kdeploy/kube-api';
import type { commonV1 } from '@kdeploy/proto';
import { fanOutSettled, procedure, Procedure } from '@kdeploy/steps';
import { readUnderlay } from '../flannel/host-facts';
import { certificates } from '../steps/certificates';
import { cni } from '../steps/cni';
import { NetCtx, NetNode } from '../steps/context';
import { flanneld } from '../steps/flanneld';
import { installEtcdctl, installFlanneld } from '../steps/install-binaries';
import { networkConfig } from '../steps/net-config';
import { preflight } from '../steps/preflight';
import { recordOwner } from '../steps/record-owner';
import { removeNetwork } from '../steps/remove';
import { waitPodCidr } from '../steps/wait-pod-cidr';
import { Session } from './session';

/** What every node gets, in order: the CNI config last, from the lease flanneld took. */
export const INSTALL: Procedure<NetCtx> = procedure('install', [
  preflight,
  recordOwner,
  installFlanneld,
  installEtcdctl,
  certificates,
  networkConfig,
  waitPodCidr,
  flanneld,
  cni,
]);

export const REMOVE: Procedure<NetCtx> = procedure('remove', [removeNetwork]);

/** The artifacts a node may need: flanneld, and etcdctl with the etcd subnet manager. */
const ARTIFACTS = (s: Session) => (s.settings.subnetManager === 'etcd' ? ['flanneld', 'etcdctl'] : ['flanneld']);

/** Each node with its underlay, read at once; a host that cannot be read fails the call before any step, named. */
export async function readNodes(session: Session): Promise<NetNode[]> {
  const read = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name, address: h.address })),
    async ({ host, address }) => ({
      name: host,
      address,
      ifaceMtu: (await readUnderlay(hostConnection(session, host), address, session.signal)).mtu,
    }),
    { concurrency: 10, what: 'Read the hosts', signal: session.signal },
  );
  const failed = read.filter((r) => !r.ok);
  if (failed.length)
    throw new PreconditionError(`cannot read ${failed.map((f) => `${f.host}: ${f.ok ? '' : f.error.message}`).join('; ')}`);
  return read.flatMap((r) => (r.ok ? [r.value] : []));
}

/** The one builder of a call's context. */
export async function networkContext(
  session: Session,
  artifacts: commonV1.ArtifactSource__Output | null,
  nodes: NetNode[],
  api?: ApiAccess,
): Promise<NetCtx> {
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    artifacts: artifacts ? await resolveArtifacts(artifacts, '', ARTIFACTS(session)) : [],
    pki: session.pki ?? pkiNotGiven(),
    ...(session.endpoint ? { endpoint: session.endpoint } : {}),
    nodes,
    ...(api ? { api } : {}),
    signal: session.signal,
  };
}
