import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { labArtifactPath, LabInfo } from '@kdeploy/testing';
import { EtcdHarness, labHost } from './etcd-harness';

const run = promisify(execFile);

/** Client credentials from pki-service (etcd-ca health-check identity) written to a temp dir for etcdctl. */
export async function clientCredentials(h: EtcdHarness) {
  const issued = await h.pki.client.unary('IssueCertificate', {
    clusterId: 'etcd-lab',
    profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK',
  });
  const dir = mkdtempSync(join(tmpdir(), 'kd-etcd-client-'));
  h.tempDirs.push(dir);
  const cert = issued.certificate;
  if (!cert) throw new Error('pki-service answered IssueCertificate (etcd health-check client) without a certificate');
  const files = { cert: join(dir, 'c.crt'), key: join(dir, 'c.key'), ca: join(dir, 'ca.crt') };
  writeFileSync(files.cert, cert.certificatePem);
  writeFileSync(files.key, issued.keyPem, { mode: 0o600 });
  writeFileSync(files.ca, cert.caCertificatePem);
  return { ...files, certPem: cert.certificatePem, keyPem: issued.keyPem, caPem: cert.caCertificatePem };
}

export type ClientCreds = Awaited<ReturnType<typeof clientCredentials>>;

/** The lab's etcdctl run from the test machine against lab addresses, over mTLS. */
export async function localEtcdctl(lab: LabInfo, creds: ClientCreds, endpoints: string[], args: string[]) {
  const bin = labArtifactPath(lab, 'etcdctl');
  const r = await run(
    bin,
    [
      `--endpoints=${endpoints.join(',')}`,
      `--cacert=${creds.ca}`,
      `--cert=${creds.cert}`,
      `--key=${creds.key}`,
      '--dial-timeout=3s',
      '--command-timeout=5s',
      ...args,
    ],
    {
      env: { ETCDCTL_API: '3' },
    },
  );
  return r.stdout;
}

export const clientUrl = (lab: LabInfo, name: string) => `https://${labHost(lab, name).address}:2379`;
