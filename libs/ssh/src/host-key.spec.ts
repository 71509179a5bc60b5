import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendKnownHost, fingerprint, knownKeysFor } from './host-key';

const dir = mkdtempSync(join(tmpdir(), 'kdeploy-hostkey-'));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')]);
const pub = readFileSync(join(dir, 'k.pub'), 'utf8').trim().split(' ');
const blob = Buffer.from(pub[1], 'base64');

describe('host keys', () => {
  it('fingerprints a key exactly as ssh-keygen -lf prints it', () => {
    const printed = execFileSync('ssh-keygen', ['-lf', join(dir, 'k.pub')])
      .toString()
      .split(' ')[1];
    expect(fingerprint(blob)).toBe(printed);
  });

  it('finds plain, [host]:port and glob entries, and nothing for other hosts', () => {
    const text = `# comment\n10.211.0.11 ${pub[0]} ${pub[1]}\n[10.211.0.12]:2222 ${pub[0]} ${pub[1]}\n10.211.1.*,!10.211.1.9 ${pub[0]} ${pub[1]}\n`;
    expect(knownKeysFor(text, '10.211.0.11').keys).toHaveLength(1);
    expect(knownKeysFor(text, '[10.211.0.12]:2222').keys).toHaveLength(1);
    expect(knownKeysFor(text, '10.211.0.12').keys).toHaveLength(0);
    expect(knownKeysFor(text, '10.211.1.5').keys).toHaveLength(1);
    expect(knownKeysFor(text, '10.211.1.9').keys).toHaveLength(0);
    expect(knownKeysFor(text, '10.211.0.111').keys).toHaveLength(0);
  });

  it('matches entries hashed by ssh-keygen -H, for port 22 and [host]:port', () => {
    const file = join(dir, 'known_hosts');
    writeFileSync(file, `10.211.0.11 ${pub[0]} ${pub[1]}\n[10.211.0.12]:2222 ${pub[0]} ${pub[1]}\n`);
    // ssh-keygen keeps the unhashed original as known_hosts.old and warns about it on stderr
    const hashed = spawnSync('ssh-keygen', ['-q', '-H', '-f', file], { encoding: 'utf8' });
    expect(hashed.status).toBe(0);
    expect(hashed.stderr).toContain('known_hosts.old contains unhashed entries');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('10.211');
    expect(knownKeysFor(text, '10.211.0.11').keys[0].blob.equals(blob)).toBe(true);
    expect(knownKeysFor(text, '[10.211.0.12]:2222').keys).toHaveLength(1);
    expect(knownKeysFor(text, '10.211.0.13').keys).toHaveLength(0);
  });

  it('records a learnt key in a form ssh-keygen -F finds', () => {
    const file = join(dir, 'tofu_hosts');
    appendKnownHost(file, '10.211.0.14', blob);
    expect(execFileSync('ssh-keygen', ['-F', '10.211.0.14', '-f', file]).toString()).toContain(pub[1]);
    expect(knownKeysFor(readFileSync(file, 'utf8'), '10.211.0.14').keys).toHaveLength(1);
  });

  it('keeps @revoked keys apart and ignores @cert-authority lines', () => {
    const text = `@revoked 10.211.0.11 ${pub[0]} ${pub[1]}\n@cert-authority 10.211.0.11 ${pub[0]} ${pub[1]}\n`;
    const found = knownKeysFor(text, '10.211.0.11');
    expect(found.keys).toHaveLength(0);
    expect(found.revoked).toHaveLength(1);
  });
});
