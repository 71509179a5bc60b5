import { installedPair } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { CA_CERT, LAYOUT, pki } from '../etcd/layout';
import { EtcdStep, installHosts, memberOf } from './context';
import { certificateProblem } from '@kdeploy/x509';

/**
 * Installs the etcd CA certificate and the member's server and peer certificates. A CSR is
 * made on the host from its own key and sent to pki-service; a certificate that is still good
 * (see certificateProblem) is kept, so a re-apply signs nothing and changes no hash.
 */
export const memberCertificates: EtcdStep = {
  id: 'etcd/member-certificates',
  title: 'Install member certificates',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = memberOf(ctx, host);
    const caPem = ops.mode === 'plan' ? (await ctx.pki.casIfAny())?.etcd : (await ctx.pki.cas()).etcd;
    if (caPem) await ops.ensureFile({ path: CA_CERT, content: caPem, mode: 0o644, notify: [LAYOUT.unitName] });
    else await ops.run(`install the etcd CA certificate at ${CA_CERT} (pki-service makes the CA first)`, sh`cat -- ${CA_CERT}`);
    const sans = m.sans;
    for (const identity of ['server', 'peer'] as const) {
      const { cert, key } = pki(identity);
      const installed = await installedPair(host, cert, key, ctx.signal);
      const problem = caPem ? certificateProblem(installed.certPem, caPem, installed.publicKeyPem, sans) : 'the cluster has no etcd CA yet';
      if (!problem) continue;
      const csrCommand = sh`openssl req -new -key ${key} -subj ${`/CN=${m.name}`} -batch`;
      if (ops.mode === 'plan') {
        // Signing is a change in pki-service: the dry run only says it would happen.
        await ops.run(`sign a new ${identity} certificate (${problem})`, csrCommand);
        continue;
      }
      const csr = await host.exec(csrCommand, { signal: ctx.signal });
      const certPem = await ctx.pki.sign(
        identity === 'server' ? 'CERTIFICATE_PROFILE_ETCD_SERVER' : 'CERTIFICATE_PROFILE_ETCD_PEER',
        m.name,
        csr.stdout,
        sans,
      );
      // why a new certificate was needed, as a reason rather than an error: "the host had none"
      ops.log(
        `new ${identity} certificate signed by pki-service: ${problem === 'missing' ? 'the host had none' : `the old one was ${problem}`}`,
      );
      await ops.ensureFile({ path: cert, content: certPem, mode: 0o644, notify: [LAYOUT.unitName] });
    }
  },
};
