import { HostConnection, sh } from '@kdeploy/ssh';
import type { HostOps } from '@kdeploy/steps';
import { certificateProblem } from '@kdeploy/x509';
import type { pkiV1 } from '@kdeploy/proto';
import type { Sans } from '@kdeploy/x509';
import type { ClusterPki } from '../cluster-pki';
import { hostKeyCommand, hostLeafKey } from './host-key';
import { installedPair } from './installed-pair';

/** A certificate whose key is made on the host and never leaves it: only the CSR goes to pki-service. */
export interface HostSignedPair {
  cert: string;
  key: string;
  profile: pkiV1.CertificateProfile;
  /** The CSR's subject in openssl's form, `/O=group/CN=name`; pki-service fixes the certificate's own. */
  subject: string;
  sans: Sans;
  /** The CA the certificate must chain to, and its name in messages. */
  caPem: string;
  caName: string;
  /** Services restarted when the certificate changes. */
  notify?: string[];
  what: string;
}

/**
 * Keeps a certificate that is still good (right CA, names, key, not near expiry); otherwise
 * makes the key on the host when it has none (openssl, 0600), sends the CSR to pki-service
 * and installs what comes back. A dry run plans it without signing anything.
 */
export async function ensureHostSignedPair(
  host: HostConnection,
  ops: HostOps,
  pki: ClusterPki,
  p: HostSignedPair,
  signal?: AbortSignal,
): Promise<void> {
  await ops.run(`generate the ${p.what} key`, hostKeyCommand(p.key, await hostLeafKey(pki, ops.mode)), {
    check: sh`test -s ${p.key}`,
  });
  const installed = await installedPair(host, p.cert, p.key, signal);
  const problem = certificateProblem(installed.certPem, p.caPem, installed.publicKeyPem, p.sans, p.caName);
  if (!problem) return;
  const csr = sh`openssl req -new -key ${p.key} -subj ${p.subject} -batch`;
  if (ops.mode === 'plan') {
    await ops.run(`sign a new ${p.what} certificate (${problem})`, csr);
    return;
  }
  const out = await host.exec(csr, { signal });
  const pem = await pki.sign(p.profile, host.host, out.stdout, p.sans);
  ops.log(`new ${p.what} certificate: ${problem === 'missing' ? 'the host had none' : `the old one was ${problem}`}`);
  await ops.ensureFile({ path: p.cert, content: pem, mode: 0o644, ...(p.notify ? { notify: p.notify } : {}) });
}
