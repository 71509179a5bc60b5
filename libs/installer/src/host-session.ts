import { PreconditionError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { HostConnection } from '@kdeploy/ssh';
import { Procedure, runSteps, RunResult } from '@kdeploy/steps';
import { ProgressStream } from './progress-stream';

/** The part of every installer's session that reaches hosts: their connections, the call's logger and signal. */
export interface HostSession {
  connections: ReadonlyMap<string, HostConnection>;
  logger: Logger;
  signal?: AbortSignal;
}

/** The connection of a host of the call; a miss is a caller's bug, reported as such. */
export function hostConnection(session: Pick<HostSession, 'connections'>, name: string): HostConnection {
  const c = session.connections.get(name);
  if (!c) throw new PreconditionError('no SSH connection: not a host of this call', name);
  return c;
}

/** Runs a procedure over hosts of the call, in plan or apply mode, streaming progress when a stream is given. */
export function runProcedure<Ctx>(
  session: HostSession,
  hosts: readonly { name: string }[],
  ctx: Ctx,
  run: Procedure<Ctx>,
  mode: 'plan' | 'apply',
  progress?: ProgressStream,
): Promise<RunResult> {
  return runSteps({
    steps: run.steps,
    hosts: hosts.map((h) => hostConnection(session, h.name)),
    ctx,
    mode,
    signal: session.signal,
    onEvent: progress?.onStepEvent,
    logger: session.logger,
  });
}
