// Original file: proto/kdeploy/common/v1/endpoint.proto

/**
 * ControlPlaneEndpointMode is the way the apiserver endpoint is provided.
 */
export const ControlPlaneEndpointMode = {
  /**
   * Never sent.
   */
  CONTROL_PLANE_ENDPOINT_MODE_UNSPECIFIED: 'CONTROL_PLANE_ENDPOINT_MODE_UNSPECIFIED',
  /**
   * An external load balancer in front of the apiservers.
   */
  CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER: 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER',
  /**
   * A small TCP proxy on every host balancing to all apiservers.
   */
  CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY: 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY',
  /**
   * The one master's address (no high availability).
   */
  CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER: 'CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER',
} as const;

/**
 * ControlPlaneEndpointMode is the way the apiserver endpoint is provided.
 */
export type ControlPlaneEndpointMode =
  /**
   * Never sent.
   */
  | 'CONTROL_PLANE_ENDPOINT_MODE_UNSPECIFIED'
  | 0
  /**
   * An external load balancer in front of the apiservers.
   */
  | 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER'
  | 1
  /**
   * A small TCP proxy on every host balancing to all apiservers.
   */
  | 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY'
  | 2
  /**
   * The one master's address (no high availability).
   */
  | 'CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER'
  | 3

/**
 * ControlPlaneEndpointMode is the way the apiserver endpoint is provided.
 */
export type ControlPlaneEndpointMode__Output = typeof ControlPlaneEndpointMode[keyof typeof ControlPlaneEndpointMode]
