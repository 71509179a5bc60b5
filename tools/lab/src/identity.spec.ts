import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, knownHostsLine } from './identity';

describe('host key fingerprints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lab-fp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equal what ssh-keygen -lf prints for the same key', () => {
    const key = join(dir, 'k');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'x', '-f', key]);
    const pub = readFileSync(`${key}.pub`, 'utf8');
    const printed = execFileSync('ssh-keygen', ['-lf', `${key}.pub`], { encoding: 'utf8' }).split(' ')[1];
    expect(fingerprint(pub)).toBe(printed);
  });

  it('pins a known_hosts entry by address without the key comment', () => {
    expect(knownHostsLine('10.211.0.11', 'ssh-ed25519 AAAAC3Nz root@lab1\n')).toBe('10.211.0.11 ssh-ed25519 AAAAC3Nz');
  });

  it('rejects a line that is not a public key', () => {
    expect(() => fingerprint('garbage')).toThrow(/not an OpenSSH public key/);
  });
});
