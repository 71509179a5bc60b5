import { AsyncServiceImplementation, CallContext } from '@kdeploy/grpc';
import { clusterIdOf, clusterPki, ProgressStream, withSession } from '@kdeploy/installer';
import { commonV1, masterV1 } from '@kdeploy/proto';
import { applyAddons } from '../procedures/addons';
import { checkCluster } from '../procedures/check-cluster';
import { applyInstall, planInstall, removeInstall } from '../procedures/apply';
import { adminKubeconfig, applyBootstrapRbac, createBootstrapToken, deleteBootstrapToken } from '../procedures/cluster-api';
import { openSession, SessionDeps } from '../procedures/session';
import { controlPlaneStatus } from '../procedures/status';

type Handlers = AsyncServiceImplementation<masterV1.MasterInstallerHandlers>;

/** A progress stream whose events go out as `{ event }` messages of the call's stream. */
const progressOf = <M extends { event?: commonV1.ProgressEvent }>(send: (m: M) => Promise<void>) =>
  new ProgressStream((event) => send({ event } as M));

/** The MasterInstaller RPCs: validation in openSession (thrown as status codes), work in procedures/. */
export function masterHandlers(deps: SessionDeps): Handlers {
  const session = (req: Parameters<typeof openSession>[0], ctx: CallContext) => () => openSession(req, deps, ctx.signal);
  return {
    Plan: (req, ctx) => withSession(session(req, ctx), (s) => planInstall(s, req)),
    async Apply(req, send, ctx) {
      await withSession(session(req, ctx), (s) => applyInstall(s, req, progressOf(send)));
    },
    Status: (req, ctx) => withSession(session(req, ctx), (s) => controlPlaneStatus(s)),
    async Remove(req, send, ctx) {
      await withSession(session(req, ctx), (s) => removeInstall(s, progressOf(send)));
    },
    ApplyBootstrapRbac: (req, ctx) => withSession(session(req, ctx), (s) => applyBootstrapRbac(s)),
    CreateBootstrapToken: (req, ctx) => withSession(session(req, ctx), (s) => createBootstrapToken(s, req)),
    DeleteBootstrapToken: (req, ctx) => withSession(session(req, ctx), (s) => deleteBootstrapToken(s, req.tokenId)),
    async ApplyAddons(req, send, ctx) {
      await withSession(session(req, ctx), (s) => applyAddons(s, req, progressOf(send)));
    },
    async CheckCluster(req, send, ctx) {
      await withSession(session(req, ctx), (s) => checkCluster(s, req, progressOf(send)));
    },
    async GetAdminKubeconfig(req, ctx) {
      const pki = clusterPki(req.pki, clusterIdOf({ clusterId: req.clusterId } as commonV1.Target__Output), deps.pkiTls, ctx.signal);
      try {
        return await adminKubeconfig(pki, req);
      } finally {
        pki.close();
      }
    },
  };
}
