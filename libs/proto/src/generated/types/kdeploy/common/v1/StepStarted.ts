// Original file: proto/kdeploy/common/v1/progress.proto


/**
 * StepStarted marks the start of one step on one host.
 */
export interface StepStarted {
  /**
   * Stable id of the step, e.g. "etcd/install-binaries".
   */
  'stepId'?: (string);
  /**
   * Human title, e.g. "Install etcd binaries".
   */
  'title'?: (string);
  /**
   * Host the step runs on; empty for a step that runs once for the cluster.
   */
  'host'?: (string);
}

/**
 * StepStarted marks the start of one step on one host.
 */
export interface StepStarted__Output {
  /**
   * Stable id of the step, e.g. "etcd/install-binaries".
   */
  'stepId': (string);
  /**
   * Human title, e.g. "Install etcd binaries".
   */
  'title': (string);
  /**
   * Host the step runs on; empty for a step that runs once for the cluster.
   */
  'host': (string);
}
