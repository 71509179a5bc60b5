import { chooseEncryption, needsClusterKey } from './keys';

const A = { name: 'key-1', secret: Buffer.alloc(32, 1).toString('base64') };
const B = { name: 'key-2', secret: Buffer.alloc(32, 2).toString('base64') };
const NEW = Buffer.alloc(32, 3).toString('base64');
const CLUSTER_KEY = Buffer.alloc(32, 4).toString('base64');

describe('the Secrets encryption keys of an apply', () => {
  it("takes the cluster's key from pki-service on the first apply, and only then", () => {
    expect(needsClusterKey(undefined, [undefined])).toBe(true);
    expect(chooseEncryption(undefined, [undefined], CLUSTER_KEY)).toEqual({
      provider: 'secretbox',
      keys: [{ name: 'key-1', secret: CLUSTER_KEY }],
    });
    expect(needsClusterKey(undefined, [{ provider: 'secretbox', keys: [A] }])).toBe(false);
    expect(needsClusterKey({ provider: 'ENCRYPTION_PROVIDER_SECRETBOX', encryptionKey: NEW }, [])).toBe(false);
  });

  it("keeps the masters' keys, every one of them even when masters disagree", () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }, { provider: 'secretbox' as const, keys: [B, A] }, undefined];
    expect(chooseEncryption(undefined, found, CLUSTER_KEY).keys).toEqual([A, B]);
  });

  it('puts a key the request gives first (it encrypts from now on) and keeps the old ones to decrypt', () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }];
    const chosen = chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_SECRETBOX', encryptionKey: NEW }, found, CLUSTER_KEY);
    expect(chosen.keys).toEqual([{ name: 'key-2', secret: NEW }, A]);
    const again = chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_SECRETBOX', encryptionKey: NEW }, [chosen], CLUSTER_KEY);
    expect(again.keys).toEqual(chosen.keys);
  });

  it('refuses to switch the provider, which would leave stored Secrets unreadable, without echoing a key', () => {
    const found = [{ provider: 'secretbox' as const, keys: [A] }];
    let error: Error | undefined;
    try {
      chooseEncryption({ provider: 'ENCRYPTION_PROVIDER_AESCBC', encryptionKey: '' }, found, CLUSTER_KEY);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/encrypt Secrets with secretbox, the request asks for aescbc/);
    expect(error?.message).not.toContain(A.secret);
  });
});
