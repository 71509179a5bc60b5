// Original file: proto/kdeploy/master/v1/master.proto


/**
 * MetricsServer configures the resource metrics API (metrics.k8s.io).
 */
export interface MetricsServer {
  /**
   * Port it serves on each node it runs on (it uses the host's network, so that the
   * apiservers reach it without a pod network on the masters); 0 means 4443.
   */
  'port'?: (number);
}

/**
 * MetricsServer configures the resource metrics API (metrics.k8s.io).
 */
export interface MetricsServer__Output {
  /**
   * Port it serves on each node it runs on (it uses the host's network, so that the
   * apiservers reach it without a pod network on the masters); 0 means 4443.
   */
  'port': (number);
}
