import { AsyncServiceImplementation, CallContext } from '@kdeploy/grpc';
import { commonV1, etcdV1 } from '@kdeploy/proto';
import { applyInstall, planInstall, removeInstall } from '../operations/apply';
import { INSTALL_STEPS, stepIds } from '../operations/install';
import { addMember, MEMBERSHIP_STEP_IDS, removeMember } from '../operations/membership';
import { openSession, Session, SessionDeps } from '../operations/session';
import { restoreSnapshot, takeSnapshot } from '../operations/snapshot';
import { clusterStatus } from '../operations/status';
import { ProgressStream } from './progress';

type Handlers = AsyncServiceImplementation<etcdV1.EtcdInstallerHandlers>;

/** Opens a session for the call, runs `fn`, and always closes its SSH connections and pki client. */
async function withSession<T>(open: () => Session, fn: (s: Session) => Promise<T>): Promise<T> {
  const session = open();
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

const ids = stepIds(INSTALL_STEPS);

/** The EtcdInstaller RPCs: validation here (thrown as status codes), work in operations/. */
export function etcdHandlers(deps: SessionDeps): Handlers {
  const progressOf = <M>(send: (m: M) => Promise<void>, wrap: (e: commonV1.ProgressEvent) => M, idOf = ids) => new ProgressStream((e) => send(wrap(e)), idOf);
  return {
    async Plan(req, ctx: CallContext) {
      return withSession(() => openSession(req, deps, ctx.signal), (s) => planInstall(s, req));
    },
    async Apply(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }));
      await withSession(() => openSession(req, deps, ctx.signal), (s) => applyInstall(s, req, progress));
    },
    async Status(req, ctx) {
      return withSession(() => openSession(req, deps, ctx.signal), (s) => clusterStatus(s));
    },
    async Remove(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }));
      await withSession(() => openSession(req, deps, ctx.signal), (s) => removeInstall(s, req, progress));
    },
    async AddMember(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }), MEMBERSHIP_STEP_IDS);
      const extra = req.member ? [{ ...req.member, roles: ['ROLE_ETCD' as const] }] : [];
      await withSession(
        () => openSession(req, deps, ctx.signal, extra),
        (s) => addMember(s, req, progress, (member) => send({ member })),
      );
    },
    async RemoveMember(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }), MEMBERSHIP_STEP_IDS);
      await withSession(() => openSession(req, deps, ctx.signal), (s) => removeMember(s, req, progress));
    },
    async Snapshot(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }));
      await withSession(() => openSession(req, deps, ctx.signal), (s) => takeSnapshot(s, req, progress, send));
    },
    async Restore(req, send, ctx) {
      const progress = progressOf(send, (event) => ({ event }));
      await withSession(() => openSession(req, deps, ctx.signal), (s) => restoreSnapshot(s, req, progress));
    },
  };
}
