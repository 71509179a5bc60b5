import { createPublicKey } from 'node:crypto';
import { sh } from '@kdeploy/ssh';
import { certificateProblem } from '@kdeploy/x509';
import { parse } from 'yaml';
import { KUBECONFIG_USERS, localApiserverUrl, renderComponentKubeconfig } from '../control-plane/kubeconfigs';
import { KUBECONFIG, unitName } from '../control-plane/layout';
import { installHosts, KeyPair, MasterStep, masterOf } from './context';

const PROFILES = {
  'kube-controller-manager': 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER',
  'kube-scheduler': 'CERTIFICATE_PROFILE_SCHEDULER',
} as const;

type Component = keyof typeof KUBECONFIG_USERS;

/** The credentials of an installed kubeconfig and its server, or undefined when it has none kdeploy wrote. SECRET: the key. */
function credentialsOf(text: string): (KeyPair & { server: string }) | undefined {
  try {
    const doc = parse(text) as {
      clusters?: { cluster?: { server?: string } }[];
      users?: { user?: Record<string, string> }[];
    };
    const user = doc.users?.[0]?.user ?? {};
    const pem = (field: string) => Buffer.from(user[field] ?? '', 'base64').toString('utf8');
    return { server: doc.clusters?.[0]?.cluster?.server ?? '', certPem: pem('client-certificate-data'), keyPem: pem('client-key-data') };
  } catch {
    return undefined;
  }
}

/**
 * The controller-manager's and the scheduler's kubeconfigs (0600, they embed a client key),
 * pointing at the apiserver on the same master. The identity in one that is still good and
 * points at the right place is kept, so the file does not change on a re-apply; otherwise
 * pki-service issues a new one.
 */
export const kubeconfigs: MasterStep = {
  id: 'master/kubeconfigs',
  title: 'Write component kubeconfigs',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = masterOf(ctx, host);
    const cas = ops.mode === 'plan' ? await ctx.pki.casIfAny() : await ctx.pki.cas();
    for (const component of Object.keys(KUBECONFIG_USERS) as Component[]) {
      const path = KUBECONFIG[component];
      const current = await host.exec(sh`cat -- ${path} 2>/dev/null || true`, { signal: ctx.signal });
      const found = current.stdout ? credentialsOf(current.stdout) : undefined;
      const publicKeyPem = found?.keyPem.includes('PRIVATE KEY')
        ? (createPublicKey(found.keyPem).export({ type: 'spki', format: 'pem' }) as string)
        : undefined;
      const problem = !cas
        ? 'the cluster has no CAs yet'
        : found?.server !== localApiserverUrl(m, ctx.request.settings)
          ? 'missing or pointing elsewhere'
          : certificateProblem(found.certPem, cas.kubernetes, publicKeyPem, undefined, 'kubernetes CA');
      let creds: KeyPair | undefined = problem ? undefined : found;
      if (!creds && ops.mode === 'plan') {
        await ops.run(`write ${path} with a new identity (${problem})`, `pki-service IssueCertificate ${PROFILES[component]}`);
        continue;
      }
      creds ??= await ctx.pki.issue(PROFILES[component]);
      const content = renderComponentKubeconfig(component, m, ctx.request.settings, { caPem: cas!.kubernetes, ...creds });
      await ops.ensureFile({ path, content, mode: 0o600, secret: true, notify: [unitName(component)] });
    }
  },
};
