import type { HostConnection } from '@kdeploy/ssh';
import type { HostOps } from './host-ops';

/**
 * One step of an installer, in its own file (k0sctl's phase). `run` must be idempotent:
 * it compares and changes only what differs, and only through `ops`, so that the dry run
 * and the real run go through the same code. Reads may use `host.exec` directly.
 */
export interface Step<Ctx> {
  /**
   * Stable id, `installer/what` (`etcd/preflight`): progress events, plans and errors name the
   * step by it, so callers never match titles.
   */
  readonly id: string;
  /** Human title, shown in progress and errors: "Install etcd binaries". */
  readonly title: string;
  /** Picks the hosts this step works on (default: all hosts of the run). */
  prepare?(ctx: Ctx, hosts: readonly HostConnection[]): readonly HostConnection[] | Promise<readonly HostConnection[]>;
  /** False skips the host (reported as step-skipped), e.g. when a cheap check shows nothing to do. */
  shouldRun?(ctx: Ctx, host: HostConnection): boolean | Promise<boolean>;
  run(ctx: Ctx, host: HostConnection, ops: HostOps): Promise<void>;
  /** Undoes this step on a host after this or a later step failed (apply mode only). */
  cleanUp?(ctx: Ctx, host: HostConnection, ops: HostOps): Promise<void>;
}
