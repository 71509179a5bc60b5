import type { Stage } from './stage';

/** A stage as a job runs it: the deploy graph's nodes, or the removal graph's. */
export interface GraphNode {
  id: string;
  title: string;
  needs: string[];
}

/** Refuses a graph with an unknown dependency or a cycle: a programming error, caught by tests. */
export function checkGraph(nodes: readonly GraphNode[]): void {
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) for (const d of n.needs) if (!ids.has(d)) throw new Error(`stage ${n.id} needs unknown stage ${d}`);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`stage graph has a cycle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'visiting');
    for (const d of nodes.find((n) => n.id === id)!.needs) visit(d, [...path, id]);
    state.set(id, 'done');
  };
  nodes.forEach((n) => visit(n.id, []));
}

/**
 * The removal graph: every stage that can remove itself, needing the removal of each stage
 * that depended on it (directly or through stages with nothing to remove), so what was
 * installed last comes off first and independent removals run at the same time.
 */
export function removalGraph(stages: readonly Stage[]): GraphNode[] {
  const dependents = (id: string): string[] => stages.filter((s) => s.needs.includes(id)).map((s) => s.id);
  const removable = new Set(stages.filter((s) => s.remove).map((s) => s.id));
  const removableDependents = (id: string, seen = new Set<string>()): string[] =>
    dependents(id).flatMap((d) => {
      if (seen.has(d)) return [];
      seen.add(d);
      return removable.has(d) ? [d] : removableDependents(d, seen);
    });
  return stages.filter((s) => s.remove).map((s) => ({ id: s.id, title: s.removeTitle ?? `Remove ${s.id}`, needs: removableDependents(s.id) }));
}

/**
 * Runs the nodes not yet in `done`, each as soon as its needs are done, independent ones at
 * the same time. After a failure no new node starts; the ones running are awaited; then the
 * first failure is thrown. `done` is the checkpoint a resumed job starts from.
 */
export async function runGraph(nodes: readonly GraphNode[], done: ReadonlySet<string>, run: (node: GraphNode) => Promise<void>): Promise<void> {
  checkGraph(nodes);
  const finished = new Set(done);
  const running = new Map<string, Promise<void>>();
  let failure: unknown;
  for (;;) {
    if (failure === undefined) {
      for (const n of nodes) {
        if (finished.has(n.id) || running.has(n.id) || !n.needs.every((d) => finished.has(d))) continue;
        const p = run(n).then(
          () => {
            finished.add(n.id);
          },
          (e: unknown) => {
            failure ??= e;
          },
        );
        running.set(n.id, p.finally(() => running.delete(n.id)));
      }
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (failure !== undefined) throw failure;
}
