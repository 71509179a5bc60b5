// Original file: proto/kdeploy/common/v1/status.proto


/**
 * UnitStatus is the state of one systemd unit on a host.
 */
export interface UnitStatus {
  /**
   * Unit name, e.g. "kubelet.service".
   */
  'unit'?: (string);
  /**
   * systemd ActiveState, e.g. "active", "failed", "inactive".
   */
  'activeState'?: (string);
  /**
   * systemd SubState, e.g. "running", "dead".
   */
  'subState'?: (string);
  /**
   * True when the unit is enabled to start at boot.
   */
  'enabled'?: (boolean);
  /**
   * Version of the binary the unit runs, e.g. "v1.26.4"; empty when unknown.
   */
  'version'?: (string);
  /**
   * True when the component's own health check passed (not just the unit running).
   */
  'healthy'?: (boolean);
}

/**
 * UnitStatus is the state of one systemd unit on a host.
 */
export interface UnitStatus__Output {
  /**
   * Unit name, e.g. "kubelet.service".
   */
  'unit': (string);
  /**
   * systemd ActiveState, e.g. "active", "failed", "inactive".
   */
  'activeState': (string);
  /**
   * systemd SubState, e.g. "running", "dead".
   */
  'subState': (string);
  /**
   * True when the unit is enabled to start at boot.
   */
  'enabled': (boolean);
  /**
   * Version of the binary the unit runs, e.g. "v1.26.4"; empty when unknown.
   */
  'version': (string);
  /**
   * True when the component's own health check passed (not just the unit running).
   */
  'healthy': (boolean);
}
