// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * JoinRequest asks to install and join the hosts.
 */
export interface JoinRequest {
  /**
   * Cluster, hosts to join and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings.
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
  /**
   * Where binaries come from.
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where certificates come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * SECRET. Bootstrap token "id.secret" from MasterInstaller.CreateBootstrapToken; written
   * into the bootstrap kubeconfig (0600), never on argv.
   */
  'token'?: (string);
  /**
   * How long to wait for each Node to be Ready, in seconds; 0 means 300.
   */
  'readyTimeoutSeconds'?: (number);
  /**
   * The caller's Apply converged these hosts with the same spec just before (a deployment
   * graph's node stage): the join runs the checks, the ownership record and the kubelet's
   * steps only, not the whole of Apply again. False (the default) runs everything Apply does.
   */
  'prepared'?: (boolean);
}

/**
 * JoinRequest asks to install and join the hosts.
 */
export interface JoinRequest__Output {
  /**
   * Cluster, hosts to join and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings.
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
  /**
   * Where binaries come from.
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where certificates come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * SECRET. Bootstrap token "id.secret" from MasterInstaller.CreateBootstrapToken; written
   * into the bootstrap kubeconfig (0600), never on argv.
   */
  'token': (string);
  /**
   * How long to wait for each Node to be Ready, in seconds; 0 means 300.
   */
  'readyTimeoutSeconds': (number);
  /**
   * The caller's Apply converged these hosts with the same spec just before (a deployment
   * graph's node stage): the join runs the checks, the ownership record and the kubelet's
   * steps only, not the whole of Apply again. False (the default) runs everything Apply does.
   */
  'prepared': (boolean);
}
