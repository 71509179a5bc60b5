import { runGraph } from './graph';
import type { Stage, StageContext, StagePlan } from './stage';

/**
 * The dry run: every stage's plan, each asked once the stages it needs have been planned
 * (the graph a deployment runs, so a stage may read what an earlier one would do), listed in
 * the stages' display order. A stage whose plan fails gets a note saying why, not the dry run's failure.
 */
export async function planStages(stages: readonly Stage[], ctx: StageContext): Promise<StagePlan[]> {
  const plans = new Map<string, StagePlan>();
  const nodes = stages.map((s) => ({ id: s.id, title: s.title, needs: [...s.needs], stage: s }));
  await runGraph(nodes, new Set(), async ({ stage }) => {
    if (!stage.plan) return;
    try {
      plans.set(stage.id, await stage.plan(ctx));
    } catch (e) {
      // a stage that needs what an earlier one would make (etcd for the control plane) says so; the rest still plan
      plans.set(stage.id, { stage: stage.id, hosts: [], note: `not planned in full: ${(e as Error).message}` });
    }
  });
  return stages.flatMap((s) => plans.get(s.id) ?? []);
}
