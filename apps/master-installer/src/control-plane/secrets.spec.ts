import { renderUnit } from '@kdeploy/templates';
import { CANARY_KEY } from '../testing/credentials';
import { MASTERS, SETTINGS, unitTexts, VERSION } from '../testing/fixtures';
import { apiserverUnit } from './apiserver-unit';
import { renderAuditPolicy } from './audit-policy';
import { renderAuthenticationConfig } from './authentication-config';
import { encryptionConfiguration, renderEncryptionConfig } from './encryption-config';
import { renderSchedulerConfig } from './scheduler-config';

/** Every way the key could be spelled if it leaked: its base64, its bytes, its hex. */
const spellings = [
  CANARY_KEY.secret,
  Buffer.from(CANARY_KEY.secret, 'base64').toString('latin1'),
  Buffer.from(CANARY_KEY.secret, 'base64').toString('hex'),
];

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('the secrets encryption key', () => {
  it('is in the encryption config, the one file meant to hold it', () => {
    expect(renderEncryptionConfig(VERSION, 'secretbox', [CANARY_KEY])).toContain(`secret: ${CANARY_KEY.secret}`);
  });

  it('is in no unit, no other config file and not in the settings, which plans and logs may show', () => {
    // Render the config first, so a renderer that kept the key around would leak it into what follows.
    renderEncryptionConfig(VERSION, 'aescbc', [CANARY_KEY]);
    const outputs = [
      ...MASTERS.flatMap((m) => Object.values(unitTexts(m))),
      renderUnit(apiserverUnit(MASTERS[0], SETTINGS, VERSION, 'a'.repeat(64))),
      renderSchedulerConfig(VERSION),
      renderAuthenticationConfig(VERSION)!,
      renderAuditPolicy(VERSION),
      JSON.stringify(SETTINGS),
    ];
    for (const out of outputs) for (const s of spellings) expect(out).not.toContain(s);
  });

  it('is never echoed by the errors that refuse a bad key', () => {
    const short = { name: 'kdeploy-1', secret: Buffer.from('CANARY-too-short').toString('base64') };
    const notBase64 = { name: 'kdeploy-1', secret: 'CANARY!'.repeat(6) + 'xx' };
    for (const bad of [short, notBase64]) {
      const e = errorOf(() => encryptionConfiguration(VERSION, 'secretbox', [bad]));
      expect(e.message).toContain('spec.secrets_encryption.encryption_key');
      expect(e.message).toContain('base64 of 32 bytes');
      expect(e.message).not.toContain(bad.secret);
      expect(e.message).not.toContain('CANARY');
      expect(JSON.stringify(e)).not.toContain('CANARY');
    }
  });

  it('refuses no key, duplicate key names and names that are not DNS labels', () => {
    expect(() => encryptionConfiguration(VERSION, 'secretbox', [])).toThrow(/at least one key/);
    expect(() => encryptionConfiguration(VERSION, 'secretbox', [CANARY_KEY, CANARY_KEY])).toThrow(/unique DNS label/);
    expect(() => encryptionConfiguration(VERSION, 'secretbox', [{ ...CANARY_KEY, name: 'Key_1' }])).toThrow(/unique DNS label/);
  });
});
