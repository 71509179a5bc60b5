import { ClientCredentials } from '../control-plane/kubeconfigs';

/**
 * Test data for rendering a component kubeconfig: PEM blocks whose bodies spell TEST-ONLY,
 * never key material; the key's body is a canary a test can look for.
 */
export const FAKE_CREDENTIALS: ClientCredentials = {
  caPem: '-----BEGIN CERTIFICATE-----\nVEVTVC1PTkxZLUNBLUNFUlQ=\n-----END CERTIFICATE-----\n',
  certPem: '-----BEGIN CERTIFICATE-----\nVEVTVC1PTkxZLUNMSUVOVC1DRVJU\n-----END CERTIFICATE-----\n',
  keyPem: '-----BEGIN PRIVATE KEY-----\nVEVTVC1PTkxZLUNBTkFSWS1LRVk=\n-----END PRIVATE KEY-----\n',
};

/** A 32-byte canary encryption key: the bytes spell what they are, so a leak is easy to spot. */
export const CANARY_KEY = { name: 'kdeploy-1', secret: Buffer.from('kdeploy-test-canary-key-32-bytes').toString('base64') };
