// Original file: proto/kdeploy/master/v1/master.proto

import type { CoreDns as _kdeploy_master_v1_CoreDns, CoreDns__Output as _kdeploy_master_v1_CoreDns__Output } from '../../../kdeploy/master/v1/CoreDns';
import type { MetricsServer as _kdeploy_master_v1_MetricsServer, MetricsServer__Output as _kdeploy_master_v1_MetricsServer__Output } from '../../../kdeploy/master/v1/MetricsServer';

/**
 * AddonsSpec names the add-ons a cluster has; an absent one is deleted if kdeploy applied it.
 */
export interface AddonsSpec {
  /**
   * CoreDNS, the cluster's DNS; absent means none.
   */
  'coredns'?: (_kdeploy_master_v1_CoreDns | null);
  /**
   * metrics-server behind the aggregation layer; absent means none.
   */
  'metricsServer'?: (_kdeploy_master_v1_MetricsServer | null);
}

/**
 * AddonsSpec names the add-ons a cluster has; an absent one is deleted if kdeploy applied it.
 */
export interface AddonsSpec__Output {
  /**
   * CoreDNS, the cluster's DNS; absent means none.
   */
  'coredns': (_kdeploy_master_v1_CoreDns__Output | null);
  /**
   * metrics-server behind the aggregation layer; absent means none.
   */
  'metricsServer': (_kdeploy_master_v1_MetricsServer__Output | null);
}
