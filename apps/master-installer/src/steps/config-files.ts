import { renderAuditPolicy } from '../control-plane/audit-policy';
import { renderAuthenticationConfig } from '../control-plane/authentication-config';
import { renderEncryptionConfig } from '../control-plane/encryption-config';
import { CONFIG, LAYOUT, unitName } from '../control-plane/layout';
import { renderSchedulerConfig } from '../control-plane/scheduler-config';
import { installHosts, MasterStep } from './context';

const APISERVER = [unitName('kube-apiserver')];

/**
 * The component config files: authentication (anonymous on health endpoints only), the audit
 * policy, the scheduler's configuration and the Secrets encryption config, which holds the keys
 * and so is 0600 and never shown in a plan. The audit log directory is 0700: the log records
 * request bodies. A changed file restarts the component that reads it.
 */
export const configFiles: MasterStep = {
  id: 'master/config-files',
  title: 'Write component configuration',
  prepare: installHosts,
  async run(ctx, _host, ops) {
    const v = ctx.version;
    await ops.ensureDirectory({ path: LAYOUT.configDir, mode: 0o700 });
    const auditDir = ctx.request.settings.audit.path.slice(0, ctx.request.settings.audit.path.lastIndexOf('/')) || '/';
    await ops.ensureDirectory({ path: auditDir, mode: 0o700 });
    const authentication = renderAuthenticationConfig(v);
    if (authentication) await ops.ensureFile({ path: CONFIG.authentication, content: authentication, mode: 0o600, notify: APISERVER });
    await ops.ensureFile({
      path: CONFIG.auditPolicy,
      content: ctx.request.auditPolicyYaml ?? renderAuditPolicy(v),
      mode: 0o600,
      notify: APISERVER,
    });
    await ops.ensureFile({
      path: CONFIG.scheduler,
      content: renderSchedulerConfig(v),
      mode: 0o600,
      notify: [unitName('kube-scheduler')],
    });
    await ops.ensureFile({
      path: CONFIG.encryption,
      content: renderEncryptionConfig(v, ctx.encryption.provider, ctx.encryption.keys),
      mode: 0o600,
      secret: true,
      notify: APISERVER,
    });
  },
};
