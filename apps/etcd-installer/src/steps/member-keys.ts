import { hostKeyCommand, hostLeafKey } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { LAYOUT, pki } from '../etcd/layout';
import { EtcdStep, installHosts } from './context';

/**
 * Makes the member's server and peer private keys on the host itself (openssl, the cluster's
 * leaf algorithm, ECDSA P-256 by default; 0600 from birth through umask): the keys never leave
 * the host, only CSRs do. A key that exists is kept, so its certificate stays valid across applies.
 */
export const memberKeys: EtcdStep = {
  id: 'etcd/member-keys',
  title: 'Generate member keys on the host',
  prepare: installHosts,
  async run(ctx, _host, ops) {
    const leaf = await hostLeafKey(ctx.pki, ops.mode);
    await ops.ensureDirectory({ path: LAYOUT.configDir, mode: 0o755 });
    await ops.ensureDirectory({ path: LAYOUT.pkiDir, mode: 0o755 });
    for (const identity of ['server', 'peer'] as const) {
      const { key } = pki(identity);
      await ops.run(`generate the ${identity} key`, hostKeyCommand(key, leaf), {
        check: sh`test -s ${key}`,
      });
      await ops.run(`make the ${identity} key 0600 root`, sh`chown root:root -- ${key} && chmod 0600 -- ${key}`, {
        check: sh`[ "$(stat -c '%a %U' -- ${key})" = '600 root' ]`,
      });
    }
  },
};
