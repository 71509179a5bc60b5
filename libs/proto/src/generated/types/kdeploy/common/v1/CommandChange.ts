// Original file: proto/kdeploy/common/v1/plan.proto


/**
 * CommandChange is a command run for its effect, e.g. `etcdctl member add`.
 */
export interface CommandChange {
  /**
   * Human description of the command.
   */
  'description'?: (string);
  /**
   * The command as it will run, with secrets replaced by "[redacted]".
   */
  'command'?: (string);
}

/**
 * CommandChange is a command run for its effect, e.g. `etcdctl member add`.
 */
export interface CommandChange__Output {
  /**
   * Human description of the command.
   */
  'description': (string);
  /**
   * The command as it will run, with secrets replaced by "[redacted]".
   */
  'command': (string);
}
