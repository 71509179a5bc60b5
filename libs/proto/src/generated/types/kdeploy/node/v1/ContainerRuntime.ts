// Original file: proto/kdeploy/node/v1/node.proto

import type { RuntimeKind as _kdeploy_node_v1_RuntimeKind, RuntimeKind__Output as _kdeploy_node_v1_RuntimeKind__Output } from '../../../kdeploy/node/v1/RuntimeKind';
import type { RegistryMirror as _kdeploy_node_v1_RegistryMirror, RegistryMirror__Output as _kdeploy_node_v1_RegistryMirror__Output } from '../../../kdeploy/node/v1/RegistryMirror';
import type { DockerSettings as _kdeploy_node_v1_DockerSettings, DockerSettings__Output as _kdeploy_node_v1_DockerSettings__Output } from '../../../kdeploy/node/v1/DockerSettings';

/**
 * ContainerRuntime configures the runtime.
 */
export interface ContainerRuntime {
  /**
   * Which runtime.
   */
  'kind'?: (_kdeploy_node_v1_RuntimeKind);
  /**
   * Runtime version, e.g. "1.7.2"; the artifact source must pin it.
   */
  'version'?: (string);
  /**
   * Registry mirrors.
   */
  'registryMirrors'?: (_kdeploy_node_v1_RegistryMirror)[];
  /**
   * Pause image, e.g. "registry.k8s.io/pause:3.9".
   */
  'sandboxImage'?: (string);
  /**
   * Registries reached over plain HTTP or with an unverified certificate (host[:port]).
   */
  'insecureRegistries'?: (string)[];
  /**
   * Docker Engine settings, for the hosts that run docker.
   */
  'docker'?: (_kdeploy_node_v1_DockerSettings | null);
}

/**
 * ContainerRuntime configures the runtime.
 */
export interface ContainerRuntime__Output {
  /**
   * Which runtime.
   */
  'kind': (_kdeploy_node_v1_RuntimeKind__Output);
  /**
   * Runtime version, e.g. "1.7.2"; the artifact source must pin it.
   */
  'version': (string);
  /**
   * Registry mirrors.
   */
  'registryMirrors': (_kdeploy_node_v1_RegistryMirror__Output)[];
  /**
   * Pause image, e.g. "registry.k8s.io/pause:3.9".
   */
  'sandboxImage': (string);
  /**
   * Registries reached over plain HTTP or with an unverified certificate (host[:port]).
   */
  'insecureRegistries': (string)[];
  /**
   * Docker Engine settings, for the hosts that run docker.
   */
  'docker': (_kdeploy_node_v1_DockerSettings__Output | null);
}
