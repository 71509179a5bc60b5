import { installedKubeconfigIdentity } from '@kdeploy/installer';
import { KUBECONFIG_USERS, localApiserverUrl, renderComponentKubeconfig } from '../control-plane/kubeconfigs';
import { KUBECONFIG, unitName } from '../control-plane/layout';
import { installHosts, MasterStep, masterOf } from './context';

const PROFILES = {
  'kube-controller-manager': 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER',
  'kube-scheduler': 'CERTIFICATE_PROFILE_SCHEDULER',
} as const;

type Component = keyof typeof KUBECONFIG_USERS;

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
      const installed = cas
        ? await installedKubeconfigIdentity(
            host,
            path,
            { server: localApiserverUrl(m, ctx.request.settings), caPem: cas.kubernetes, caName: 'kubernetes CA' },
            ctx.signal,
          )
        : { problem: 'the cluster has no CAs yet' };
      if (!cas || (installed.problem && ops.mode === 'plan')) {
        await ops.run(`write ${path} with a new identity (${installed.problem})`, `pki-service IssueCertificate ${PROFILES[component]}`);
        continue;
      }
      const creds = installed.pair ?? (await ctx.pki.issue(PROFILES[component]));
      const content = renderComponentKubeconfig(component, m, ctx.request.settings, { caPem: cas.kubernetes, ...creds });
      await ops.ensureFile({ path, content, mode: 0o600, secret: true, notify: [unitName(component)] });
    }
  },
};
