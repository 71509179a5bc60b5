import { Step } from './step';

/**
 * A named, ordered list of steps: what one call of an installer runs (install, add a member,
 * remove). Procedures are built from shared step lists rather than copied, and a procedure with
 * two steps of the same id is refused when it is made, not when a run reports it.
 */
export interface Procedure<Ctx> {
  readonly name: string;
  readonly steps: readonly Step<Ctx>[];
}

/** Refuses a step list with a missing or repeated id: progress and plans name steps by id. */
export function checkStepIds(steps: readonly Step<never>[]): void {
  const seen = new Set<string>();
  for (const s of steps) {
    if (!s.id) throw new RangeError(`step "${s.title}" has no id`);
    if (seen.has(s.id)) throw new RangeError(`two steps of one procedure have the id ${s.id}`);
    seen.add(s.id);
  }
}

export function procedure<Ctx>(name: string, steps: readonly Step<Ctx>[]): Procedure<Ctx> {
  checkStepIds(steps);
  return { name, steps };
}
