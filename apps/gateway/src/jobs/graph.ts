import type { Stage } from './stage';

/** A stage as a job runs it: the deploy graph's nodes, or the removal graph's. */
export interface GraphNode {
  id: string;
  title: string;
  needs: string[];
}

/** Refuses a graph with an unknown dependency or a cycle: a programming error, caught by tests. */
export function checkGraph(nodes: readonly GraphNode[]): void {
  // First node per id, as a lookup by find() would give.
  const byId = new Map([...nodes].reverse().map((n) => [n.id, n]));
  const unknown = (n: GraphNode, d: string) => new Error(`stage ${n.id} needs unknown stage ${d}`);
  // Every unknown dependency is refused before the cycle search, so that error wins over a cycle.
  for (const n of nodes) for (const d of n.needs) if (!byId.has(d)) throw unknown(n, d);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (n: GraphNode, path: string[]): void => {
    if (state.get(n.id) === 'done') return;
    if (state.get(n.id) === 'visiting') throw new Error(`stage graph has a cycle: ${[...path, n.id].join(' -> ')}`);
    state.set(n.id, 'visiting');
    for (const d of n.needs) {
      const dep = byId.get(d);
      if (!dep) throw unknown(n, d);
      visit(dep, [...path, n.id]);
    }
    state.set(n.id, 'done');
  };
  nodes.forEach((n) => visit(n, []));
}

/**
 * The removal graph: every stage that can remove itself, needing the removal of each stage
 * that depended on it (directly or through stages with nothing to remove), so what was
 * installed last comes off first and independent removals run at the same time.
 */
export function removalGraph(stages: readonly Stage[], purge = false): GraphNode[] {
  const dependents = (id: string): string[] => stages.filter((s) => s.needs.includes(id)).map((s) => s.id);
  const comesOff = (s: Stage) => s.remove !== undefined || (purge && s.purge !== undefined);
  const removable = new Set(stages.filter(comesOff).map((s) => s.id));
  const removableDependents = (id: string, seen = new Set<string>()): string[] =>
    dependents(id).flatMap((d) => {
      if (seen.has(d)) return [];
      seen.add(d);
      return removable.has(d) ? [d] : removableDependents(d, seen);
    });
  return stages
    .filter(comesOff)
    .map((s) => ({ id: s.id, title: (s.remove ? s.removeTitle : s.purgeTitle) ?? `Remove ${s.id}`, needs: removableDependents(s.id) }));
}

/**
 * Runs the nodes not yet in `done`, each as soon as its needs are done, independent ones at
 * the same time. After a failure no new node starts; the ones running are awaited; then the
 * first failure is thrown. `done` is the checkpoint a resumed job starts from.
 */
export async function runGraph<N extends GraphNode>(
  nodes: readonly N[],
  done: ReadonlySet<string>,
  run: (node: N) => Promise<void>,
): Promise<void> {
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
        running.set(
          n.id,
          p.finally(() => running.delete(n.id)),
        );
      }
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (failure !== undefined) throw failure;
}
