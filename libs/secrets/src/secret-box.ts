import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PreconditionError } from '@kdeploy/errors';

const VERSION = 1;

/**
 * AES-256-GCM for private keys at rest. The associated data binds a ciphertext to its row
 * (cluster and key name), so a ciphertext copied to another row does not decrypt.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** Accepts 32 raw bytes, or 64 hex characters, or base64 of 32 bytes. */
  static fromKeyMaterial(material: string | Buffer): SecretBox {
    let key: Buffer;
    if (Buffer.isBuffer(material) && material.length === 32) key = material;
    else {
      const text = material.toString().trim();
      key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
    }
    if (key.length !== 32) throw new PreconditionError('the store key must be 32 bytes, given as 64 hex characters or base64');
    return new SecretBox(key);
  }

  seal(plaintext: string, aad: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the key is wrong or the data was altered; never returns garbage. */
  open(sealed: Buffer, aad: string): string {
    if (sealed[0] !== VERSION) throw new PreconditionError(`sealed data has unknown format version ${sealed[0]}`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(1, 13));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(sealed.subarray(13, 29));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
    } catch {
      throw new PreconditionError('cannot decrypt the store: the store key is wrong or the data was altered');
    }
  }
}
