import { installedPair } from '@kdeploy/installer';
import type { pkiV1 } from '@kdeploy/proto';
import { HostConnection } from '@kdeploy/ssh';
import { HostOps } from '@kdeploy/steps';
import { certificateProblem } from '@kdeploy/x509';
import { MasterCtx } from './context';

/** One issued identity on a master: its profile, the CA it chains to, its files and who reads them. */
export interface IssuedPair {
  profile: pkiV1.CertificateProfile;
  what: string;
  caPem: string;
  caName: string;
  files: { cert: string; key: string };
  notify: readonly string[];
}

/**
 * Keeps an issued certificate that is still good (see certificateProblem), or asks pki-service
 * for a new one, key included, and writes the key 0600 and the certificate 0644. A dry run only
 * says it would issue one.
 */
export async function ensureIssuedPair(ctx: MasterCtx, host: HostConnection, ops: HostOps, p: IssuedPair): Promise<void> {
  const installed = await installedPair(host, p.files.cert, p.files.key, ctx.signal);
  const problem = certificateProblem(installed.certPem, p.caPem, installed.publicKeyPem, undefined, p.caName);
  if (!problem) return;
  if (ops.mode === 'plan') {
    await ops.run(`issue a new ${p.what} certificate (${problem})`, `pki-service IssueCertificate ${p.profile}`);
    return;
  }
  const issued = await ctx.pki.issue(p.profile);
  ops.log(`new ${p.what} certificate from pki-service: ${problem === 'missing' ? 'the host had none' : `the old one was ${problem}`}`);
  await ops.ensureFile({ path: p.files.key, content: issued.keyPem, mode: 0o600, secret: true, notify: p.notify });
  await ops.ensureFile({ path: p.files.cert, content: issued.certPem, mode: 0o644, notify: p.notify });
}
