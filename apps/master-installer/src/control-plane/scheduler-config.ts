import { toKubeYaml } from '@kdeploy/templates';
import { KubernetesVersion } from '../versions';
import { KUBECONFIG } from './layout';

/** KubeSchedulerConfiguration: the fields kdeploy sets. */
export interface KubeSchedulerConfiguration {
  apiVersion: string;
  kind: 'KubeSchedulerConfiguration';
  clientConnection: { kubeconfig: string };
  leaderElection: { leaderElect: true };
  enableProfiling: false;
  enableContentionProfiling: false;
}

/**
 * The scheduler's config file. One leader among the masters; profiling off here because
 * `--profiling` is deprecated for the scheduler. Everything else keeps upstream's defaults
 * (the default-scheduler profile).
 */
export function schedulerConfiguration(version: KubernetesVersion): KubeSchedulerConfiguration {
  return {
    apiVersion: version.configs.scheduler.apiVersion,
    kind: version.configs.scheduler.kind,
    clientConnection: { kubeconfig: KUBECONFIG['kube-scheduler'] },
    leaderElection: { leaderElect: true },
    enableProfiling: false,
    enableContentionProfiling: false,
  };
}

/** The scheduler config file's text. */
export const renderSchedulerConfig = (version: KubernetesVersion) => toKubeYaml(schedulerConfiguration(version));
