import type { ClusterSpec } from '@kdeploy/cluster-spec';
import type { Logger } from '@kdeploy/logging';
import type { ServiceClients } from '../services/clients';
import type { ErrorView } from '../store/job-store';
import type { DeployInputs } from './requests';

/** What a stage reports while it runs; the runner turns it into events and host states. */
export interface StageProgress {
  hostStepStarted(host: string, hostStep: string, title: string): void;
  hostStepFinished(host: string, hostStep: string, title: string, outcome: string, durationMs: number, error?: ErrorView): void;
  log(level: string, message: string, host?: string): void;
}

/** Everything a stage may use; secrets only inside `inputs`, which never reach an event. */
export interface StageContext {
  inputs: DeployInputs;
  services: ServiceClients;
  signal: AbortSignal;
  progress: StageProgress;
  logger: Logger;
  /** Whether any step of this job changed something so far (true for a resumed job: its earlier part is not known). */
  changedSoFar(): boolean;
}

/** One planned change as the dry run shows it. */
export interface PlannedChange {
  step: string;
  action: string;
  target: string;
  reason: string;
}

/** The dry run of one stage: per host (or `pki-service` for cluster-wide work), its changes. */
export interface StagePlan {
  stage: string;
  hosts: { host: string; changes: PlannedChange[] }[];
  /** Why the stage could not be planned in full (e.g. it needs what an earlier stage creates). */
  note?: string;
}

/**
 * A node of the deployment graph. A stage runs when every stage in `needs` is done; stages
 * whose needs are met run at the same time. Master, network and node stages slot in as new
 * nodes with their own `needs`; nothing else changes. `remove` runs in the removal graph,
 * which is this graph reversed.
 */
export interface Stage {
  readonly id: string;
  readonly title: string;
  readonly needs: readonly string[];
  /** Where what a stage waits for depends on the spec: its needs for that spec (default `needs`, which the removal graph uses). */
  needsFor?(spec: ClusterSpec): readonly string[];
  run(ctx: StageContext): Promise<void>;
  plan?(ctx: StageContext): Promise<StagePlan>;
  readonly removeTitle?: string;
  remove?(ctx: StageContext): Promise<void>;
  /** What only a purge removes (pki-service's CAs): in the removal graph when asked for, last. */
  readonly purgeTitle?: string;
  purge?(ctx: StageContext): Promise<void>;
}
