import { createPrivateKey, KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';

/**
 * Signs a forge certificate with Node's native RSA: forge builds the TBSCertificate, Node
 * signs its DER (about 1.5 ms instead of about 59 ms in pure JavaScript). The result is the
 * same X.509 a forge `cert.sign()` would produce.
 */
export function signCertificate(cert: forge.pki.Certificate, issuerKey: KeyObject): void {
  const oid = forge.pki.oids['sha256WithRSAEncryption'];
  cert.signatureOid = oid;
  cert.siginfo.algorithmOid = oid;
  // getTBSCertificate is public in forge but missing from its typings.
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  const tbsDer = forge.asn1.toDer(tbs).getBytes();
  cert.signature = sign('sha256', Buffer.from(tbsDer, 'binary'), issuerKey).toString('binary');
}

/** Parses a PEM private key once into a native key object, so each signature skips the parse. */
export function nativeKey(privateKeyPem: string): KeyObject {
  return createPrivateKey(privateKeyPem);
}
