import { KdeployError } from './kdeploy-error';

/** One problem in a cluster spec, named by its field path (`spec.hosts[2].address`). */
export interface SpecIssue {
  path: string;
  message: string;
}

/** The spec (or a request built from it) is invalid; every problem is listed. */
export class SpecError extends KdeployError {
  readonly code = 'invalid-argument' as const;
  constructor(readonly issues: SpecIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}

/** A host or the cluster is not in a state where the operation may go on; nothing was changed. */
export class PreconditionError extends KdeployError {
  readonly code = 'failed-precondition' as const;
  constructor(
    message: string,
    readonly host?: string,
    options?: { cause?: unknown },
  ) {
    super(host ? `${host}: ${message}` : message, options);
  }
}

/** A remote command exited non-zero. `stderrTail` is the last lines of its stderr, never its stdin. */
export class RemoteCommandError extends KdeployError {
  readonly code = 'internal' as const;
  constructor(
    readonly host: string,
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderrTail: string,
    options?: { cause?: unknown; signal?: string },
  ) {
    super(
      `${host}: command failed (${exitCode === null ? `signal ${options?.signal ?? 'unknown'}` : `exit ${exitCode}`}): ${command}` +
        (stderrTail ? `\n${stderrTail}` : ''),
      options,
    );
  }
}

/** The SSH server presented a key that does not match the pinned one; no command was run. */
export class HostKeyMismatchError extends KdeployError {
  readonly code = 'permission-denied' as const;
  constructor(
    readonly host: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${host}: SSH host key mismatch: expected ${expected}, got ${actual}; refusing to run any command`);
  }
}

/** A host could not be reached or the connection was lost and could not be re-established. */
export class ConnectionError extends KdeployError {
  readonly code = 'unavailable' as const;
  constructor(
    readonly host: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${host}: ${message}`, options);
  }
}

/** An operation ran past its time limit; what it was doing on the remote side was stopped. */
export class TimeoutError extends KdeployError {
  readonly code = 'deadline-exceeded' as const;
  constructor(
    readonly host: string,
    what: string,
    readonly timeoutMs: number,
  ) {
    super(`${host}: ${what} timed out after ${timeoutMs} ms`);
  }
}

/** An operation was cancelled through its AbortSignal; its remote command was stopped. */
export class CancelledError extends KdeployError {
  readonly code = 'cancelled' as const;
  constructor(
    readonly host: string,
    what: string,
  ) {
    super(`${host}: ${what} was cancelled`);
  }
}

/** A thing asked for does not exist (a cluster, a certificate, a member). */
export class NotFoundError extends KdeployError {
  readonly code = 'not-found' as const;
}

/** Work fanned out over hosts failed on some of them; each failed host is named. */
export class HostsFailedError extends KdeployError {
  readonly code = 'internal' as const;
  constructor(
    readonly what: string,
    readonly failures: { host: string; error: Error }[],
  ) {
    super(`${what} failed on ${failures.length} host(s): ` + failures.map((f) => `${f.host}: ${f.error.message}`).join('; '));
  }
}

/** A request asks for more than policy allows (a name, usage or SAN a profile forbids); nothing was done. */
export class PolicyError extends KdeployError {
  readonly code = 'permission-denied' as const;
}
