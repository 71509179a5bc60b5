import { installerStage } from '../installer-stage';
import { artifactSourceOf, etcdSpecOf, pkiSourceOf, targetOf } from '../requests';
import type { StageContext } from '../stage';

const request = (ctx: StageContext) => ({
  target: targetOf(ctx.inputs),
  spec: etcdSpecOf(ctx.inputs),
  artifacts: artifactSourceOf(ctx.inputs),
  pki: pkiSourceOf(ctx.services.addresses.pki),
});

/**
 * The etcd cluster: etcd-installer. It signs member certificates itself (CSRs made on the
 * hosts, PkiSource = pki-service), so it needs the CAs: it runs after `pki`. Before the first
 * deploy there is no etcd CA: its Plan then lists every certificate as to be signed, and the
 * dry run creates no CA.
 */
export const etcdStage = installerStage(
  { id: 'etcd', title: 'Install the etcd cluster', removeTitle: 'Remove the etcd cluster', needs: ['pki'] },
  {
    plan: (ctx) => ctx.services.etcd.unary('Plan', request(ctx), { signal: ctx.signal }),
    apply: (ctx) => ctx.services.etcd.stream('Apply', request(ctx), { signal: ctx.signal }),
    remove: (ctx) =>
      ctx.services.etcd.stream(
        'Remove',
        // the hash-named cache is shared by every installer on the host, and master and node leave it: so does etcd
        { target: targetOf(ctx.inputs), spec: etcdSpecOf(ctx.inputs), deleteData: true, keepArtifactCache: true },
        { signal: ctx.signal },
      ),
  },
);
