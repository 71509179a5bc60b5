import { AsyncServiceImplementation, CallContext } from '@kdeploy/grpc';
import { InstallerDeps, ProgressStream, withSession } from '@kdeploy/installer';
import { commonV1, networkV1 } from '@kdeploy/proto';
import { applyNetwork, planNetwork, removeNetworkFromHosts } from '../procedures/apply';
import { openSession } from '../procedures/session';
import { networkStatus } from '../procedures/status';

type Handlers = AsyncServiceImplementation<networkV1.NetworkInstallerHandlers>;

/** A progress stream whose events go out as `{ event }` messages of the call's stream. */
const progressOf = <M extends { event?: commonV1.ProgressEvent }>(send: (m: M) => Promise<void>) =>
  new ProgressStream((event) => send({ event } as M));

/** The NetworkInstaller RPCs: validation in openSession (thrown as status codes), work in procedures/. */
export function networkHandlers(deps: InstallerDeps): Handlers {
  const session = (req: Parameters<typeof openSession>[0], ctx: CallContext) => () => openSession(req, deps, ctx.signal);
  return {
    Plan: (req, ctx) => withSession(session(req, ctx), (s) => planNetwork(s, req)),
    async Apply(req, send, ctx) {
      await withSession(session(req, ctx), (s) => applyNetwork(s, req, progressOf(send)));
    },
    Status: (req, ctx) => withSession(session(req, ctx), (s) => networkStatus(s)),
    async Remove(req, send, ctx) {
      await withSession(session(req, ctx), (s) => removeNetworkFromHosts(s, progressOf(send)));
    },
  };
}
