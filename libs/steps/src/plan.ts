/** What one change is; a plan is a list of these per host, in the order the steps made them. */
export type Change = (
  | {
      kind: 'file';
      path: string;
      mode: string;
      owner: string;
      sha256: string;
      size: number;
      secret: boolean;
      /** Only for non-secret UTF-8 text up to CONTENT_LIMIT bytes; the hash is always there. */
      content?: string;
    }
  | { kind: 'directory'; path: string; mode: string; owner: string }
  | { kind: 'unit'; name: string; path: string; mode: string; sha256: string; size: number; content?: string }
  | { kind: 'service'; name: string; action: 'enable-start' }
  | { kind: 'restart'; name: string }
  | { kind: 'command'; description: string; command: string }
) & {
  /** The id of the step that made the change. */
  stepId: string;
  /** Its title, for people. */
  step: string;
  reason: string;
};

export type ChangeKind = Change['kind'];

/** Beyond this a file's content stays out of the plan (binaries, bundles); its sha256 identifies it. */
export const CONTENT_LIMIT = 64 * 1024;

/** The changes on one host. */
export interface HostPlan {
  host: string;
  changes: Change[];
}

/** Pure, JSON-serialisable: what a dry run shows and what snapshot tests pin. */
export interface Plan {
  mode: 'plan' | 'apply';
  hosts: HostPlan[];
}

export interface RunSummary {
  ok: boolean;
  mode: 'plan' | 'apply';
  steps: number;
  hosts: number;
  changes: number;
  byKind: Partial<Record<ChangeKind, number>>;
  failedHosts: string[];
  durationMs: number;
}

/** Counts a plan's changes by kind. */
export function summarise(plan: Plan, extra: { ok: boolean; steps: number; failedHosts: string[]; durationMs: number }): RunSummary {
  const byKind: Partial<Record<ChangeKind, number>> = {};
  let changes = 0;
  for (const hostPlan of plan.hosts) {
    for (const change of hostPlan.changes) {
      byKind[change.kind] = (byKind[change.kind] ?? 0) + 1;
      changes++;
    }
  }
  return { ...extra, mode: plan.mode, hosts: plan.hosts.length, changes, byKind };
}

/** The change without its content, for events and logs: they stay small and never carry file bodies. */
export function withoutContent(change: Change): Change {
  if (change.kind !== 'file' && change.kind !== 'unit') return change;
  const { content: _content, ...rest } = change;
  return rest as Change;
}
