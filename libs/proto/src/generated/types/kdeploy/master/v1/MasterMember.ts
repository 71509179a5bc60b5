// Original file: proto/kdeploy/master/v1/master.proto


/**
 * MasterMember is one control-plane host.
 */
export interface MasterMember {
  /**
   * Host name, as in Target.hosts.
   */
  'name'?: (string);
  /**
   * Address the apiserver advertises and binds (bare, also for IPv6).
   */
  'advertiseAddress'?: (string);
}

/**
 * MasterMember is one control-plane host.
 */
export interface MasterMember__Output {
  /**
   * Host name, as in Target.hosts.
   */
  'name': (string);
  /**
   * Address the apiserver advertises and binds (bare, also for IPv6).
   */
  'advertiseAddress': (string);
}
