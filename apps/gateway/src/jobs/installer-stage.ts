import type { commonV1 } from '@kdeploy/proto';
import { forwardProgress } from './forward-progress';
import type { PlannedChange, Stage, StageContext, StagePlan } from './stage';

type ProgressStream = AsyncIterable<{ event?: commonV1.ProgressEvent__Output | null }>;

/** The calls every installer contract has (Plan, Apply, Remove), bound to one service's client. */
export interface InstallerCalls {
  plan(ctx: StageContext): Promise<{ plan?: commonV1.Plan__Output | null }>;
  apply(ctx: StageContext): ProgressStream;
  remove(ctx: StageContext): ProgressStream;
}

export interface InstallerStageInfo {
  id: string;
  title: string;
  removeTitle: string;
  needs: readonly string[];
}

const target = (c: commonV1.Change__Output): string => c.file?.path || c.unit?.unit || c.command?.description || c.restart?.unit || '';

/** An installer's plan as the dry run shows it, per host. */
export function plannedChanges(plan: commonV1.Plan__Output | null | undefined): StagePlan['hosts'] {
  return (plan?.hosts ?? []).map((h) => ({
    host: h.host,
    changes: h.changes.map((c): PlannedChange => ({
      step: c.stepId,
      action: String(c.action).replace('CHANGE_ACTION_', ''),
      target: target(c),
      reason: c.reason,
    })),
  }));
}

/**
 * A deployment stage over one installer service: Apply and Remove streams forwarded one to
 * one into the job's events, Plan turned into the dry run's changes. A new installer stage is
 * its info and three calls.
 */
export function installerStage(info: InstallerStageInfo, calls: InstallerCalls): Stage {
  return {
    ...info,
    async run(ctx) {
      await forwardProgress(`${info.id} Apply`, calls.apply(ctx), ctx.progress);
    },
    async plan(ctx) {
      const { plan } = await calls.plan(ctx);
      return { stage: info.id, hosts: plannedChanges(plan) };
    },
    async remove(ctx) {
      await forwardProgress(`${info.id} Remove`, calls.remove(ctx), ctx.progress);
    },
  };
}
