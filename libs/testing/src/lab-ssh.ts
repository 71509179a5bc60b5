import { execFile } from 'node:child_process';
import { LabHost, LabInfo } from './lab-info';

export interface SshResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** OpenSSH options with the given key, and host keys verified against `knownHostsFile`, never accepted blindly. */
export function verifiedSshOptions(privateKeyFile: string, knownHostsFile: string, connectTimeout = 5): string[] {
  return [
    '-i',
    privateKeyFile,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    `ConnectTimeout=${connectTimeout}`,
    '-o',
    'LogLevel=ERROR',
  ];
}

/** OpenSSH options for a lab host: the lab key and known_hosts. */
export function labSshOptions(lab: LabInfo, connectTimeout = 5): string[] {
  return verifiedSshOptions(lab.privateKeyFile, lab.knownHostsFile, connectTimeout);
}

function execResult(argv: string[], timeoutMs: number): Promise<SshResult> {
  return new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs a shell command on a lab host with the system's ssh client; for tests that check
 * hosts from outside, independent of the product's SSH library. Resolves with the exit code.
 */
export function labSsh(lab: LabInfo, host: LabHost, command: string, connectTimeout = 5): Promise<SshResult> {
  return execResult(['ssh', ...labSshOptions(lab, connectTimeout), `root@${host.address}`, command], (connectTimeout + 60) * 1000);
}

/** Copies a local file to a path on a lab host with scp (same verified options as labSsh). */
export function labScp(lab: LabInfo, host: LabHost, localPath: string, remotePath: string): Promise<SshResult> {
  return execResult(['scp', '-q', ...labSshOptions(lab), localPath, `root@${host.address}:${remotePath}`], 120_000);
}

/** A lab host by name. */
export function labHost(lab: LabInfo, name: string): LabHost {
  const h = lab.hosts.find((x) => x.name === name);
  if (!h) throw new Error(`the lab has no ${name}`);
  return h;
}

/** Runs a command on a lab host by name; fails the test with its output when the command fails. */
export async function onHost(lab: LabInfo, name: string, command: string): Promise<string> {
  const r = await labSsh(lab, labHost(lab, name), command);
  if (r.code !== 0) throw new Error(`${name}: ${command}: exit ${r.code}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}
