// Original file: proto/kdeploy/node/v1/node.proto

/**
 * RuntimeKind is the container runtime.
 */
export const RuntimeKind = {
  /**
   * containerd.
   */
  RUNTIME_KIND_UNSPECIFIED: 'RUNTIME_KIND_UNSPECIFIED',
  /**
   * containerd with runc.
   */
  RUNTIME_KIND_CONTAINERD: 'RUNTIME_KIND_CONTAINERD',
  /**
   * Docker Engine with cri-dockerd.
   */
  RUNTIME_KIND_DOCKER: 'RUNTIME_KIND_DOCKER',
} as const;

/**
 * RuntimeKind is the container runtime.
 */
export type RuntimeKind =
  /**
   * containerd.
   */
  | 'RUNTIME_KIND_UNSPECIFIED'
  | 0
  /**
   * containerd with runc.
   */
  | 'RUNTIME_KIND_CONTAINERD'
  | 1
  /**
   * Docker Engine with cri-dockerd.
   */
  | 'RUNTIME_KIND_DOCKER'
  | 2

/**
 * RuntimeKind is the container runtime.
 */
export type RuntimeKind__Output = typeof RuntimeKind[keyof typeof RuntimeKind]
