import { generateKeyPair as generateKeyPairCb } from 'node:crypto';
import { promisify } from 'node:util';
import type { pkiV1 } from '@kdeploy/proto';

const generateKeyPair = promisify(generateKeyPairCb);

/**
 * Key algorithm and size a profile asks for. CAs are RSA; leaves may be ECDSA P-256 (forge
 * has no ECDSA, so such keys are made and their certificates spliced natively).
 */
export type KeySpec = { algorithm: 'rsa'; size: number } | { algorithm: 'ecdsa'; curve: 'P-256' };

export const DEFAULT_KEY: KeySpec = { algorithm: 'rsa', size: 2048 };

/** The algorithm of a cluster's leaf keys, as pki-service records it and installers read it. */
export type LeafKey = 'ecdsa-p256' | 'rsa-2048' | 'rsa-3072' | 'rsa-4096';

/** pki-service's KeyAlgorithm value of each leaf key: the one mapping between them, both ways. */
const KEY_ALGORITHMS: Record<LeafKey, pkiV1.KeyAlgorithm__Output> = {
  'ecdsa-p256': 'KEY_ALGORITHM_ECDSA_P256',
  'rsa-2048': 'KEY_ALGORITHM_RSA_2048',
  'rsa-3072': 'KEY_ALGORITHM_RSA_3072',
  'rsa-4096': 'KEY_ALGORITHM_RSA_4096',
};

export const keyAlgorithmOf = (leaf: LeafKey): pkiV1.KeyAlgorithm__Output => KEY_ALGORITHMS[leaf];

/** The leaf key a KeyAlgorithm value names; undefined for KEY_ALGORITHM_UNSPECIFIED. */
export function leafKeyFrom(alg: string | undefined): LeafKey | undefined {
  return (Object.keys(KEY_ALGORITHMS) as LeafKey[]).find((k) => KEY_ALGORITHMS[k] === alg);
}

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
