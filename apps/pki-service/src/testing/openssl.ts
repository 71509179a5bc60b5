import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes a key and CSR with the real openssl CLI, as an installer does on a host. */
export function opensslCsr(
  subject: string,
  opts: { sans?: string[]; bits?: number; curve?: string; extraExt?: string[] } = {},
): { csrPem: string; keyPem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kd-csr-'));
  try {
    const args = [
      'req',
      '-new',
      '-newkey',
      opts.curve ? 'ec' : `rsa:${opts.bits ?? 2048}`,
      ...(opts.curve ? ['-pkeyopt', `ec_paramgen_curve:${opts.curve}`] : []),
      '-nodes',
      '-keyout',
      join(dir, 'k.pem'),
      '-out',
      join(dir, 'c.pem'),
      '-subj',
      subject,
    ];
    if (opts.sans?.length) args.push('-addext', `subjectAltName=${opts.sans.join(',')}`);
    for (const e of opts.extraExt ?? []) args.push('-addext', e);
    execFileSync('openssl', args, { stdio: 'pipe' });
    return { csrPem: readFileSync(join(dir, 'c.pem'), 'utf8'), keyPem: readFileSync(join(dir, 'k.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `openssl verify` of a leaf against a CA; returns openssl's output or throws with it. */
export function opensslVerify(caPem: string, certPem: string, purpose?: 'sslserver' | 'sslclient'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kd-verify-'));
  try {
    writeFileSync(join(dir, 'ca.pem'), caPem);
    writeFileSync(join(dir, 'leaf.pem'), certPem);
    const args = ['verify', '-CAfile', join(dir, 'ca.pem')];
    if (purpose) args.push('-purpose', purpose);
    return execFileSync('openssl', [...args, join(dir, 'leaf.pem')], { stdio: 'pipe' }).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
