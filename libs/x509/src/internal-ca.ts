import { BACKDATE_MS, buildCertificate, toIssuer } from './certificate-builder';
import { generateKey } from './keys';
import { nativeKey } from './native-sign';

/**
 * kdeploy's internal CA: it authenticates kdeploy's own processes to each other (mutual TLS
 * between the gateway and the services, and other tools' clients). It has nothing to do with
 * a cluster's CAs, which pki-service keeps; its key never leaves the machine that made it.
 */
export interface InternalCa {
  certPem: string;
  keyPem: string;
}

/** A certificate and its key, as PEM. */
export interface IssuedPem {
  certPem: string;
  keyPem: string;
}

/** What an internal certificate is for: a service's listener, or a caller of the services. */
export interface InternalCertificateRequest {
  commonName: string;
  usage: 'server' | 'client';
  dns?: string[];
  ips?: string[];
  /** Default 825 days, the longest most TLS clients accept for a server certificate. */
  validityDays?: number;
  /** For tests of expired certificates; default now (backdated a little, for clock skew). */
  notBefore?: Date;
}

const DAY_MS = 24 * 3600 * 1000;

export async function createInternalCa(commonName = 'kdeploy internal CA', validityDays = 3650): Promise<InternalCa> {
  const key = await generateKey();
  const now = Date.now();
  const { certPem } = buildCertificate(
    {
      subject: { commonName, organizations: ['kdeploy'] },
      publicKeyPem: key.publicKeyPem,
      isCA: true,
      keyUsages: ['keyCertSign', 'cRLSign', 'digitalSignature'],
      extKeyUsages: [],
      sans: { dns: [], ips: [] },
      notBefore: new Date(now - BACKDATE_MS),
      notAfter: new Date(now + validityDays * DAY_MS),
    },
    { selfKey: nativeKey(key.privateKeyPem) },
  );
  return { certPem, keyPem: key.privateKeyPem };
}

/** Issues a server or client certificate from the internal CA, with a key made here. */
export async function issueInternalCertificate(ca: InternalCa, req: InternalCertificateRequest): Promise<IssuedPem> {
  const key = await generateKey();
  const start = req.notBefore?.getTime() ?? Date.now() - BACKDATE_MS;
  const { certPem } = buildCertificate(
    {
      subject: { commonName: req.commonName, organizations: ['kdeploy'] },
      publicKeyPem: key.publicKeyPem,
      isCA: false,
      keyUsages: ['digitalSignature', 'keyEncipherment'],
      extKeyUsages: [req.usage === 'server' ? 'serverAuth' : 'clientAuth'],
      sans: { dns: req.dns ?? [], ips: req.ips ?? [] },
      notBefore: new Date(start),
      notAfter: new Date(start + (req.validityDays ?? 825) * DAY_MS),
    },
    toIssuer(ca.certPem, nativeKey(ca.keyPem)),
  );
  return { certPem, keyPem: key.privateKeyPem };
}
