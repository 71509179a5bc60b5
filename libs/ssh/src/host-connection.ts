/**
 * What the rest of kdeploy needs from a connection to one host. `SshHost` implements it over
 * ssh2; the steps runner and the installers depend only on this interface.
 */
export interface HostConnection {
  /** The host's name from the spec, used in every error and log line. */
  readonly host: string;
  /** Runs one command (already quoted, see `sh`) and resolves with its result. */
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  /** Writes a file atomically (temp file then rename); skipped when the remote sha256 matches. */
  upload(content: Buffer | string, remotePath: string, options?: UploadOptions): Promise<UploadResult>;
  /** sha256 (hex) of a remote file, or null when it does not exist. */
  sha256(remotePath: string): Promise<string | null>;
  /** Closes the connection; later calls reconnect. */
  close(): Promise<void>;
}

export interface ExecOptions {
  /** Bytes written to the command's stdin, then stdin is closed. Secrets go here, never in argv. */
  stdin?: Buffer | string;
  /** Kills the remote command and rejects with TimeoutError after this many ms. */
  timeoutMs?: number;
  /** Aborting kills the remote command and rejects with CancelledError. */
  signal?: AbortSignal;
  /** Run through `sudo -n` when the login user is not root. Default true. */
  sudo?: boolean;
  /** Resolve with a non-zero exit code instead of rejecting with RemoteCommandError. */
  allowFailure?: boolean;
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface UploadOptions {
  /** Octal file mode, e.g. 0o600. Default 0o644. */
  mode?: number;
  /** Owner as `user` or `user:group`. Default root:root. */
  owner?: string;
  /** Aborts the transfer. */
  signal?: AbortSignal;
  /** The content's sha256 when the caller has it already; the host checks what it receives against it either way. */
  sha256?: string;
  /**
   * The content zstd-compressed: sent instead when the host has zstd (and then unpacked there,
   * the hash checked on what it unpacks to), else the content is sent as it is.
   */
  zstd?: Buffer;
}

export interface UploadResult {
  /** False when the remote file already had the same sha256 (and mode/owner): nothing was sent. */
  changed: boolean;
  sha256: string;
  bytesSent: number;
}
