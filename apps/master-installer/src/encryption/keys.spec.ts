import { chooseEncryption } from './keys';

const A = { name: 'key-1', secret: Buffer.alloc(32, 1).toString('base64') };
const B = { name: 'key-2', secret: Buffer.alloc(32, 2).toString('base64') };
const NEW = Buffer.alloc(32, 3).toString('base64');

describe('the Secrets encryption keys of an apply', () => {
  it('generates one 32-byte key from the CSPRNG on the first apply, and a different one each time', () => {
    const first = chooseEncryption(undefined, [undefined]);
    expect(first.provider).toBe('secretbox');
    expect(first.keys).toHaveLength(1);
    expect(Buffer.from(first.keys[0].secret, 'base64')).toHaveLength(32);
    expect(chooseEncryption(undefined, []).keys[0].secret).not.toBe(first.keys[0].secret);
  });

  it("keeps the masters' keys, every one of them even when masters disagree", () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }, { provider: 'secretbox' as const, keys: [B, A] }, undefined];
    expect(chooseEncryption(undefined, found).keys).toEqual([A, B]);
  });

  it('puts a key the request gives first (it encrypts from now on) and keeps the old ones to decrypt', () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }];
    const chosen = chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_SECRETBOX', encryptionKey: NEW }, found);
    expect(chosen.keys).toEqual([{ name: 'key-2', secret: NEW }, A]);
    const again = chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_SECRETBOX', encryptionKey: NEW }, [chosen]);
    expect(again.keys).toEqual(chosen.keys);
  });

  it('refuses to switch the provider, which would leave stored Secrets unreadable, without echoing a key', () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }];
    let error: Error | undefined;
    try {
      chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_AESCBC', encryptionKey: '' }, found);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/encrypt Secrets with secretbox, the request asks for aescbc/);
    expect(error?.message).not.toContain(A.secret);
  });
});
