import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = SecretBox.fromKeyMaterial('1f'.repeat(32));

  it('opens what it sealed, and the sealed bytes do not contain the plaintext', () => {
    const sealed = box.seal('-----BEGIN PRIVATE KEY----- CANARY', 'c1/ca/etcd-ca');
    expect(sealed.toString('latin1')).not.toContain('CANARY');
    expect(box.open(sealed, 'c1/ca/etcd-ca')).toBe('-----BEGIN PRIVATE KEY----- CANARY');
  });

  it('refuses a ciphertext moved to another row', () => {
    const sealed = box.seal('secret', 'c1/ca/etcd-ca');
    expect(() => box.open(sealed, 'c1/ca/kubernetes-ca')).toThrow('the store key is wrong or the data was altered');
  });

  it('refuses another key and altered data', () => {
    const sealed = box.seal('secret', 'row');
    expect(() => SecretBox.fromKeyMaterial(Buffer.alloc(32, 7)).open(sealed, 'row')).toThrow(/store key is wrong/);
    sealed[sealed.length - 1] ^= 1;
    expect(() => box.open(sealed, 'row')).toThrow(/altered/);
  });

  it('accepts hex or base64 of 32 bytes and refuses anything else', () => {
    expect(() => SecretBox.fromKeyMaterial(Buffer.alloc(32).toString('base64'))).not.toThrow();
    expect(() => SecretBox.fromKeyMaterial('short')).toThrow('the store key must be 32 bytes');
  });
});
