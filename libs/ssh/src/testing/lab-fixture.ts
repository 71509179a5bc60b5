import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@kdeploy/logging';
import { ensureLab, labSsh, type LabHost, type LabInfo } from '@kdeploy/testing';
import { SshHost } from '../ssh-host';
import type { SshHostOptions } from '../options';

/** A logger whose every line is kept, so tests can grep it for secrets. */
export function capturedLogger(): { logger: Logger; text: () => string } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { logger: createLogger('ssh-test', { destination, level: 'debug' }), text: () => lines.join('') };
}

/** Options for root on a lab host with its pinned key; override any field. */
export function labOptions(lab: LabInfo, host: LabHost, extra: Partial<SshHostOptions> = {}): SshHostOptions {
  return {
    host: host.name,
    address: host.address,
    privateKeyFile: lab.privateKeyFile,
    hostKey: { fingerprint: host.hostKeyFingerprint },
    logger: capturedLogger().logger,
    ...extra,
  };
}

export async function labRoot(index = 0): Promise<{ lab: LabInfo; host: LabHost; ssh: SshHost }> {
  const lab = await ensureLab(Math.max(1, index + 1));
  const host = lab.hosts[index];
  return { lab, host, ssh: new SshHost(labOptions(lab, host)) };
}

/** Runs a command with the system ssh client (independent of this library) and requires success. */
export async function outside(lab: LabInfo, host: LabHost, command: string): Promise<string> {
  const r = await labSsh(lab, host, command);
  if (r.code !== 0) throw new Error(`labSsh ${command} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}
