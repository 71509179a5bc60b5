import { generateKeyPair as generateKeyPairCb } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPair = promisify(generateKeyPairCb);

/**
 * Key algorithm and size a profile asks for. CAs are RSA; leaves may be ECDSA P-256 (forge
 * has no ECDSA, so such keys are made and their certificates spliced natively).
 */
export type KeySpec = { algorithm: 'rsa'; size: number } | { algorithm: 'ecdsa'; curve: 'P-256' };

export const DEFAULT_KEY: KeySpec = { algorithm: 'rsa', size: 2048 };

/** The algorithm of a cluster's leaf keys, as pki-service records it and installers read it. */
export type LeafKey = 'ecdsa-p256' | 'rsa-2048' | 'rsa-3072' | 'rsa-4096';

export function leafKeySpec(leaf: LeafKey): KeySpec {
  return leaf === 'ecdsa-p256' ? { algorithm: 'ecdsa', curve: 'P-256' } : { algorithm: 'rsa', size: Number(leaf.slice(4)) };
}

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
  const publicKeyEncoding = { type: 'spki', format: 'pem' } as const;
  const privateKeyEncoding = { type: 'pkcs8', format: 'pem' } as const;
  const { privateKey, publicKey } =
    spec.algorithm === 'ecdsa'
      ? await generateKeyPair('ec', { namedCurve: 'prime256v1', publicKeyEncoding, privateKeyEncoding })
      : await generateKeyPair('rsa', { modulusLength: spec.size, publicKeyEncoding, privateKeyEncoding });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}
