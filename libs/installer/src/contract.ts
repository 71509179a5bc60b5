import { ErrorCode, HostsFailedError, KdeployError } from '@kdeploy/errors';
import { commonV1 } from '@kdeploy/proto';
import { Change, Plan } from '@kdeploy/steps';

const CODES: Record<ErrorCode, commonV1.ErrorCode> = {
  'invalid-argument': 'ERROR_CODE_INVALID_ARGUMENT',
  'failed-precondition': 'ERROR_CODE_FAILED_PRECONDITION',
  'not-found': 'ERROR_CODE_NOT_FOUND',
  'already-exists': 'ERROR_CODE_ALREADY_EXISTS',
  unavailable: 'ERROR_CODE_UNAVAILABLE',
  'deadline-exceeded': 'ERROR_CODE_DEADLINE_EXCEEDED',
  cancelled: 'ERROR_CODE_CANCELLED',
  'permission-denied': 'ERROR_CODE_PERMISSION_DENIED',
  internal: 'ERROR_CODE_INTERNAL',
};

const codeOf = (e: unknown): commonV1.ErrorCode => (e instanceof KdeployError ? CODES[e.code] : 'ERROR_CODE_INTERNAL');

/** ErrorDetail of an error: our own messages only (they name host and step and hold no secrets). */
export function errorDetail(error: unknown, stepId = ''): commonV1.ErrorDetail {
  const message = error instanceof KdeployError ? error.message : 'internal error';
  if (error instanceof HostsFailedError) {
    const hostErrors = error.failures.map((f) => ({
      host: f.host,
      message: f.error instanceof KdeployError ? f.error.message : 'internal error',
      code: codeOf(f.error),
    }));
    const code = hostErrors.every((h) => h.code === hostErrors[0]?.code) ? hostErrors[0]?.code : 'ERROR_CODE_INTERNAL';
    return { code, message, stepId, hostErrors, host: hostErrors.length === 1 ? hostErrors[0].host : '' };
  }
  return { code: codeOf(error), message, stepId, host: (error as { host?: string })?.host ?? '' };
}

/** A plan change of libs/steps as the common.v1 contract carries it (never file content). */
export function toProtoChange(change: Change): commonV1.Change {
  const base = { stepId: change.stepId, reason: change.reason };
  const created = change.reason === 'missing' ? 'CHANGE_ACTION_CREATE' : 'CHANGE_ACTION_UPDATE';
  const [owner, group = owner] = 'owner' in change ? change.owner.split(':') : ['root'];
  const file = 'path' in change ? { path: change.path, mode: parseInt(change.mode, 8), owner, group } : undefined;
  switch (change.kind) {
    case 'file':
      return { ...base, action: created, file: { ...file, sha256: change.sha256, sizeBytes: change.size, secret: change.secret } };
    case 'directory':
      return { ...base, action: created, file };
    case 'unit':
      // Units are root's: their owner is not configurable.
      return { ...base, action: created, file: { ...file, sha256: change.sha256, sizeBytes: change.size } };
    case 'service':
      return { ...base, action: 'CHANGE_ACTION_RUN', unit: { unit: change.name, state: 'UNIT_STATE_ENABLED_RUNNING' } };
    case 'restart':
      return { ...base, action: 'CHANGE_ACTION_RUN', restart: { unit: change.name, cause: change.reason } };
    case 'command':
      return { ...base, action: 'CHANGE_ACTION_RUN', command: { description: change.description, command: change.command } };
  }
}

/** libs/steps' plan as the contract's Plan. */
export function toProtoPlan(plan: Plan): commonV1.Plan {
  return { hosts: plan.hosts.map((h) => ({ host: h.host, changes: h.changes.map(toProtoChange) })) };
}
