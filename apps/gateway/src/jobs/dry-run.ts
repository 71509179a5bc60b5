import { runGraph } from './graph';
import type { Stage, StageContext, StagePlan } from './stage';

/**
 * The dry run: every stage's plan, each asked once the stages it needs have been planned
 * (the graph a deployment runs, so a stage may read what an earlier one would do), listed in
 * the stages' display order.
 */
export async function planStages(stages: readonly Stage[], ctx: StageContext): Promise<StagePlan[]> {
  const plans = new Map<string, StagePlan>();
  const nodes = stages.map((s) => ({ id: s.id, title: s.title, needs: [...s.needs], stage: s }));
  await runGraph(nodes, new Set(), async ({ stage }) => {
    if (stage.plan) plans.set(stage.id, await stage.plan(ctx));
  });
  return stages.flatMap((s) => plans.get(s.id) ?? []);
}
