import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A test CA made with the openssl CLI, which signs leaves for the bundle's own lab test. */
export interface TestCa {
  dir: string;
  /** Issues a leaf; returns the paths of its certificate and key. */
  issue(
    name: string,
    subject: string,
    opts: { ips?: string[]; dns?: string[]; usage: 'server' | 'client' | 'both' },
  ): { crt: string; key: string };
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

export function makeTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-ca-'));
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '1',
    '-subj',
    '/CN=bundle-test-ca',
  ]);
  return {
    dir,
    issue(name, subject, { ips = [], dns = [], usage }) {
      const eku = { server: 'serverAuth', client: 'clientAuth', both: 'serverAuth,clientAuth' }[usage];
      const san = [...ips.map((i) => `IP:${i}`), ...dns.map((d) => `DNS:${d}`)];
      const ext = [`extendedKeyUsage=${eku}`, 'keyUsage=critical,digitalSignature,keyEncipherment', 'basicConstraints=critical,CA:FALSE'];
      if (san.length > 0) ext.push(`subjectAltName=${san.join(',')}`);
      writeFileSync(join(dir, `${name}.ext`), `${ext.join('\n')}\n`);
      openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
      openssl(dir, [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '1',
        '-out',
        `${name}.crt`,
        '-extfile',
        `${name}.ext`,
      ]);
      return { crt: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) };
    },
  };
}

/** An RSA key pair for service-account tokens (not a CA key). */
export function makeKeyPair(dir: string, name: string): { key: string; pub: string } {
  openssl(dir, ['genrsa', '-out', `${name}.key`, '2048']);
  openssl(dir, ['rsa', '-in', `${name}.key`, '-pubout', '-out', `${name}.pub`]);
  return { key: join(dir, `${name}.key`), pub: join(dir, `${name}.pub`) };
}
