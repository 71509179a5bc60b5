/**
 * The typed model of a systemd service unit. Only keys kdeploy's units use are modelled, so a
 * typo is a compile error instead of a key systemd ignores with a warning.
 */

/** One command line (ExecStart= and friends). `args` entries are lines: a string is one word, an array keeps a flag and its value together. */
export interface ExecCommand {
  /** Absolute path of the executable. */
  command: string;
  args?: ReadonlyArray<string | readonly string[]>;
  /** Prefix `-`: a non-zero exit is not a failure (ExecStartPre clean-ups). */
  ignoreFailure?: boolean;
}

/** Seconds, or systemd's `infinity`. */
export type SecondsOrInfinity = number | 'infinity';

export interface UnitSection {
  Description: string;
  Documentation?: readonly string[];
  After?: readonly string[];
  Before?: readonly string[];
  Wants?: readonly string[];
  Requires?: readonly string[];
  BindsTo?: readonly string[];
  PartOf?: readonly string[];
  ConditionPathExists?: readonly string[];
  StartLimitIntervalSec?: number;
  StartLimitBurst?: number;
}

export interface ServiceSection {
  Type?: 'simple' | 'exec' | 'forking' | 'oneshot' | 'notify' | 'dbus' | 'idle';
  User?: string;
  Group?: string;
  WorkingDirectory?: string;
  /** Rendered one `Environment=` line per variable, sorted by name. `$` is literal here (systemd does not expand it). */
  Environment?: Readonly<Record<string, string>>;
  EnvironmentFile?: readonly string[];
  ExecStartPre?: readonly ExecCommand[];
  ExecStart: ExecCommand;
  ExecStartPost?: readonly ExecCommand[];
  ExecReload?: ExecCommand;
  Restart?: 'no' | 'always' | 'on-success' | 'on-failure' | 'on-abnormal' | 'on-abort' | 'on-watchdog';
  RestartSec?: number;
  TimeoutStartSec?: SecondsOrInfinity;
  TimeoutStopSec?: SecondsOrInfinity;
  LimitNOFILE?: number | 'infinity';
  LimitNPROC?: number | 'infinity';
  LimitCORE?: number | 'infinity';
  LimitMEMLOCK?: number | 'infinity';
  TasksMax?: number | 'infinity';
  KillMode?: 'control-group' | 'mixed' | 'process' | 'none';
  Delegate?: boolean;
  OOMScoreAdjust?: number;
}

export interface InstallSection {
  WantedBy?: readonly string[];
  RequiredBy?: readonly string[];
}

/** A complete `.service` unit. */
export interface SystemdUnit {
  unit: UnitSection;
  service: ServiceSection;
  install?: InstallSection;
}

/** How a key's value is written; decides escaping. */
export type ValueKind = 'text' | 'text-list' | 'words' | 'scalar' | 'bool' | 'exec' | 'exec-list' | 'environment';

/** Keys in the order they are rendered; this table, not object key order, makes output deterministic. */
export const UNIT_KEYS: ReadonlyArray<readonly [keyof UnitSection, ValueKind]> = [
  ['Description', 'text'],
  ['Documentation', 'words'],
  ['After', 'words'],
  ['Before', 'words'],
  ['Wants', 'words'],
  ['Requires', 'words'],
  ['BindsTo', 'words'],
  ['PartOf', 'words'],
  ['ConditionPathExists', 'text-list'],
  ['StartLimitIntervalSec', 'scalar'],
  ['StartLimitBurst', 'scalar'],
];

export const SERVICE_KEYS: ReadonlyArray<readonly [keyof ServiceSection, ValueKind]> = [
  ['Type', 'scalar'],
  ['User', 'text'],
  ['Group', 'text'],
  ['WorkingDirectory', 'text'],
  ['Environment', 'environment'],
  ['EnvironmentFile', 'text-list'],
  ['ExecStartPre', 'exec-list'],
  ['ExecStart', 'exec'],
  ['ExecStartPost', 'exec-list'],
  ['ExecReload', 'exec'],
  ['Restart', 'scalar'],
  ['RestartSec', 'scalar'],
  ['TimeoutStartSec', 'scalar'],
  ['TimeoutStopSec', 'scalar'],
  ['LimitNOFILE', 'scalar'],
  ['LimitNPROC', 'scalar'],
  ['LimitCORE', 'scalar'],
  ['LimitMEMLOCK', 'scalar'],
  ['TasksMax', 'scalar'],
  ['KillMode', 'scalar'],
  ['Delegate', 'bool'],
  ['OOMScoreAdjust', 'scalar'],
];

export const INSTALL_KEYS: ReadonlyArray<readonly [keyof InstallSection, ValueKind]> = [
  ['WantedBy', 'words'],
  ['RequiredBy', 'words'],
];
