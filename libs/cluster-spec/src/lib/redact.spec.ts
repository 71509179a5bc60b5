import { parseClusterSpec } from './parse';
import { REDACTED, redactClusterSpec } from './redact';
import { minimalSpec } from './testing/fixtures';

describe('redactClusterSpec', () => {
  it('replaces every SSH secret that is set and leaves the rest', () => {
    const input = minimalSpec();
    Object.assign(input.spec.ssh, { passphrase: 'p1', sudoPassword: 'p2' });
    const spec = parseClusterSpec(input);
    const redacted = redactClusterSpec(spec);
    expect(redacted.spec.ssh).toMatchObject({ passphrase: REDACTED, sudoPassword: REDACTED, privateKeyFile: '/keys/id_ed25519' });
    expect(redacted.spec.ssh.password).toBeUndefined();
    expect(JSON.stringify(redacted)).not.toMatch(/"p1"|"p2"/);
    expect(spec.spec.ssh.passphrase).toBe('p1');
  });
});
