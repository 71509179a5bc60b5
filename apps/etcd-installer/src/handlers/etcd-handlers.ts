import { AsyncServiceImplementation, CallContext } from '@kdeploy/grpc';
import { ProgressStream, withSession } from '@kdeploy/installer';
import { commonV1, etcdV1 } from '@kdeploy/proto';
import { applyInstall, planInstall, removeInstall } from '../procedures/apply';
import { addMember, removeMember } from '../procedures/membership';
import { openSession, SessionDeps } from '../procedures/session';
import { restoreSnapshot, takeSnapshot } from '../procedures/snapshot';
import { clusterStatus } from '../procedures/status';

type Handlers = AsyncServiceImplementation<etcdV1.EtcdInstallerHandlers>;

/** A progress stream whose events go out as `{ event }` messages of the call's stream. */
const progressOf = <M extends { event?: commonV1.ProgressEvent }>(send: (m: M) => Promise<void>) =>
  new ProgressStream((event) => send({ event } as M));

/** The EtcdInstaller RPCs: validation here (thrown as status codes), work in procedures/. */
export function etcdHandlers(deps: SessionDeps): Handlers {
  const rendering = { derived: true };
  return {
    async Plan(req, ctx: CallContext) {
      return withSession(
        () => openSession(req, deps, ctx.signal, rendering),
        (s) => planInstall(s, req),
      );
    },
    async Apply(req, send, ctx) {
      await withSession(
        () => openSession(req, deps, ctx.signal, rendering),
        (s) => applyInstall(s, req, progressOf(send)),
      );
    },
    async Status(req, ctx) {
      return withSession(
        () => openSession(req, deps, ctx.signal),
        (s) => clusterStatus(s),
      );
    },
    async Remove(req, send, ctx) {
      await withSession(
        () => openSession(req, deps, ctx.signal),
        (s) => removeInstall(s, req, progressOf(send)),
      );
    },
    async AddMember(req, send, ctx) {
      const extra = req.member ? [{ ...req.member, roles: ['ROLE_ETCD' as const] }] : [];
      await withSession(
        () => openSession(req, deps, ctx.signal, { ...rendering, extra }),
        (s) => addMember(s, req, progressOf(send), (member) => send({ member })),
      );
    },
    async RemoveMember(req, send, ctx) {
      await withSession(
        () => openSession(req, deps, ctx.signal),
        (s) => removeMember(s, req, progressOf(send)),
      );
    },
    async Snapshot(req, send, ctx) {
      await withSession(
        () => openSession(req, deps, ctx.signal),
        (s) => takeSnapshot(s, req, progressOf(send), send),
      );
    },
    async Restore(req, send, ctx) {
      await withSession(
        () => openSession(req, deps, ctx.signal, rendering),
        (s) => restoreSnapshot(s, req, progressOf(send)),
      );
    },
  };
}
