import { AsyncServiceImplementation, CallContext } from '@kdeploy/grpc';
import { InstallerDeps, ProgressStream, withSession } from '@kdeploy/installer';
import { commonV1, nodeV1 } from '@kdeploy/proto';
import { applyInstall, joinNodes, planInstall, removeInstall, removeOneNode } from '../procedures/apply';
import { drain } from '../procedures/drain';
import { openSession } from '../procedures/session';
import { nodeStatus } from '../procedures/status';

type Handlers = AsyncServiceImplementation<nodeV1.NodeInstallerHandlers>;

/** A progress stream whose events go out as `{ event }` messages of the call's stream. */
const progressOf = <M extends { event?: commonV1.ProgressEvent }>(send: (m: M) => Promise<void>) =>
  new ProgressStream((event) => send({ event } as M));

/** The NodeInstaller RPCs: validation in openSession (thrown as status codes), work in procedures/. */
export function nodeHandlers(deps: InstallerDeps): Handlers {
  const session =
    (req: Parameters<typeof openSession>[0], ctx: CallContext, needHosts = true) =>
    () =>
      openSession(req, deps, ctx.signal, needHosts);
  return {
    Plan: (req, ctx) => withSession(session(req, ctx), (s) => planInstall(s, req)),
    async Apply(req, send, ctx) {
      await withSession(session(req, ctx), (s) => applyInstall(s, req, progressOf(send)));
    },
    async Join(req, send, ctx) {
      await withSession(session(req, ctx), (s) => joinNodes(s, req, progressOf(send)));
    },
    Status: (req, ctx) => withSession(session(req, ctx), (s) => nodeStatus(s)),
    async Remove(req, send, ctx) {
      await withSession(session(req, ctx), (s) => removeInstall(s, progressOf(send)));
    },
    async Drain(req, send, ctx) {
      await withSession(session(req, ctx, false), (s) =>
        drain(
          s,
          {
            node: req.nodeName,
            gracePeriodSeconds: req.gracePeriodSeconds,
            timeoutMs: (req.timeoutSeconds || 600) * 1000,
            deleteEmptyDirData: req.deleteEmptydirData,
            force: req.force,
          },
          progressOf(send),
        ),
      );
    },
    async RemoveNode(req, send, ctx) {
      await withSession(session(req, ctx), (s) => removeOneNode(s, req, progressOf(send)));
    },
  };
}
