import { HostsFailedError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import type { HostConnection } from '@kdeploy/ssh';
import { errorInfo, EventSequencer, StepEvent } from './events';
import { fanOutSettled } from './fan-out';
import { GuardedOps, OpsConfig } from './host-ops';
import { HostPlan, Plan, RunSummary, summarise, withoutContent } from './plan';
import { checkStepIds } from './procedure';
import { Step } from './step';

export interface RunOptions<Ctx> {
  /** In order; the installer's whole procedure in one array. */
  steps: readonly Step<Ctx>[];
  hosts: readonly HostConnection[];
  ctx: Ctx;
  mode: 'plan' | 'apply';
  /** Hosts worked on at once within a step. Default 10. */
  concurrency?: number;
  signal?: AbortSignal;
  onEvent?: (event: StepEvent) => void;
  ops?: OpsConfig;
  logger?: Logger;
}

export interface RunResult {
  ok: boolean;
  plan: Plan;
  summary: RunSummary;
  /** A HostsFailedError naming every failed (or cancelled) host of the step that failed. */
  error?: HostsFailedError;
  /** The id of that step. */
  failedStepId?: string;
}

/**
 * Runs the steps in order, each over its hosts through fanOut. The first step that fails on
 * any host ends the run (later steps depend on earlier ones); in apply mode the steps that
 * ran, the failed one included, are then cleaned up in reverse order. Resolves also on
 * failure: check `ok`. The last event is always `done`.
 */
export async function runSteps<Ctx>(options: RunOptions<Ctx>): Promise<RunResult> {
  const { steps, hosts, ctx, mode, concurrency = 10, signal, logger } = options;
  checkStepIds(steps);
  const started = Date.now();
  const events = new EventSequencer(options.onEvent, (e) => logger?.warn({ err: e }, 'progress listener threw'));
  const plans = new Map<string, HostPlan>(hosts.map((h) => [h.host, { host: h.host, changes: [] }]));
  let currentStep = { id: '', title: '' };
  const makeOps = (h: HostConnection, opsSignal: AbortSignal | undefined) =>
    new GuardedOps(h, {
      mode,
      signal: opsSignal,
      config: options.ops,
      step: () => currentStep,
      record: (change, applied) => {
        plans.get(h.host)?.changes.push(change);
        events.emit({ type: 'change', stepId: change.stepId, step: change.step, host: h.host, applied, change: withoutContent(change) });
      },
      log: (message, level) => {
        logger?.[level]({ step: currentStep.id, host: h.host }, message);
        events.emit({ type: 'log', level, message, stepId: currentStep.id, step: currentStep.title, host: h.host });
      },
    });
  const opsByHost = new Map(hosts.map((h) => [h.host, makeOps(h, signal)]));
  const opsFor = (h: HostConnection) => {
    const ops = opsByHost.get(h.host);
    if (!ops) throw new RangeError(`step picked host ${h.host}, which is not one of the run's hosts`);
    return ops;
  };

  const ran: { step: Step<Ctx>; hosts: HostConnection[] }[] = [];
  let error: HostsFailedError | undefined;
  let failedStepId: string | undefined;
  for (const step of steps) {
    currentStep = step;
    const named = { stepId: step.id, step: step.title };
    const targets = step.prepare ? await step.prepare(ctx, hosts) : hosts;
    const entered: HostConnection[] = [];
    ran.push({ step, hosts: entered });
    const outcomes = await fanOutSettled(
      targets,
      async (host) => {
        const ops = opsFor(host);
        if (step.shouldRun && !(await step.shouldRun(ctx, host))) {
          events.emit({ type: 'step-skipped', ...named, host: host.host, reason: 'nothing to do' });
          return;
        }
        entered.push(host);
        events.emit({ type: 'step-started', ...named, host: host.host });
        const t0 = Date.now();
        const before = ops.changeCount;
        await step.run(ctx, host, ops);
        const durationMs = Date.now() - t0;
        events.emit({ type: 'step-finished', ...named, host: host.host, durationMs, changed: ops.changeCount - before });
      },
      { concurrency, signal, what: step.title },
    );
    const failures = outcomes.flatMap((o) => (o.ok ? [] : [{ host: o.host, error: o.error }]));
    for (const f of failures) events.emit({ type: 'host-failed', ...named, host: f.host, error: errorInfo(f.error) });
    if (failures.length > 0) {
      error = new HostsFailedError(step.title, failures);
      failedStepId = step.id;
      break;
    }
  }

  if (error && mode === 'apply')
    await cleanUp(
      ran,
      ctx,
      (h) => makeOps(h, undefined),
      concurrency,
      events,
      (s) => (currentStep = s),
    );

  const plan: Plan = { mode, hosts: [...plans.values()] };
  const summary = summarise(plan, {
    ok: !error,
    steps: ran.length,
    failedHosts: error ? error.failures.map((f) => f.host) : [],
    durationMs: Date.now() - started,
  });
  events.emit({ type: 'done', ok: !error, summary, ...(error ? { error: errorInfo(error) } : {}) });
  return { ok: !error, plan, summary, ...(error ? { error, failedStepId } : {}) };
}

/**
 * Undo in reverse order, without the run's signal: after a cancel the undo must still reach
 * the hosts. A failing clean-up is reported and does not hide the error that caused it.
 */
async function cleanUp<Ctx>(
  ran: { step: Step<Ctx>; hosts: HostConnection[] }[],
  ctx: Ctx,
  opsFor: (h: HostConnection) => GuardedOps,
  concurrency: number,
  events: EventSequencer,
  setStep: (step: Step<Ctx>) => void,
): Promise<void> {
  for (const { step, hosts } of [...ran].reverse()) {
    const undo = step.cleanUp?.bind(step);
    if (!undo || hosts.length === 0) continue;
    setStep(step);
    const outcomes = await fanOutSettled(hosts, (host) => undo(ctx, host, opsFor(host)), {
      concurrency,
      what: `Clean up: ${step.title}`,
    });
    for (const o of outcomes) {
      const message = o.ok ? `cleaned up ${step.title}` : `clean-up of ${step.title} failed: ${o.error.message}`;
      events.emit({ type: 'log', level: o.ok ? 'info' : 'error', message, stepId: step.id, step: step.title, host: o.host });
    }
  }
}
