import { generateKeyPair as generateKeyPairCb } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPair = promisify(generateKeyPairCb);

/** Key algorithm and size a profile asks for. forge has no ECDSA, so RSA only for now. */
export interface KeySpec {
  algorithm: 'rsa';
  size: number;
}

export const DEFAULT_KEY: KeySpec = { algorithm: 'rsa', size: 2048 };

/** A key pair as PEM: PKCS#8 private key, SPKI public key. */
export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Generates a key pair with Node's native crypto (off the event loop): forge's pure-JS RSA
 * generation takes seconds per key.
 */
export async function generateKey(spec: KeySpec = DEFAULT_KEY): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair('rsa', {
    modulusLength: spec.size,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}
