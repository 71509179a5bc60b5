// Original file: proto/kdeploy/master/v1/master.proto


/**
 * AuditLog configures the apiserver audit log.
 */
export interface AuditLog {
  /**
   * Log file path; empty means /var/log/kubernetes/audit/audit.log.
   */
  'path'?: (string);
  /**
   * --audit-log-maxage; 0 means 30.
   */
  'maxAgeDays'?: (number);
  /**
   * --audit-log-maxbackup; 0 means 10.
   */
  'maxBackups'?: (number);
  /**
   * --audit-log-maxsize in MB; 0 means 100.
   */
  'maxSizeMb'?: (number);
  /**
   * Audit policy YAML; empty means kdeploy's default policy.
   */
  'policyYaml'?: (string);
}

/**
 * AuditLog configures the apiserver audit log.
 */
export interface AuditLog__Output {
  /**
   * Log file path; empty means /var/log/kubernetes/audit/audit.log.
   */
  'path': (string);
  /**
   * --audit-log-maxage; 0 means 30.
   */
  'maxAgeDays': (number);
  /**
   * --audit-log-maxbackup; 0 means 10.
   */
  'maxBackups': (number);
  /**
   * --audit-log-maxsize in MB; 0 means 100.
   */
  'maxSizeMb': (number);
  /**
   * Audit policy YAML; empty means kdeploy's default policy.
   */
  'policyYaml': (string);
}
