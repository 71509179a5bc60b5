import { raw, sh } from '@kdeploy/ssh';
import { configKey, flannelEtcdctl } from '../flannel/etcdctl';
import { LAYOUT, UNIT } from '../flannel/layout';
import { netConfig } from '../flannel/net-config';
import { NetStep } from './context';

/**
 * flannel's network config. Every node keeps it in net-conf.json (read by flanneld with the
 * Kubernetes subnet manager; with etcd it records what the node runs with, so a changed config
 * restarts flanneld on every node). With etcd the call's first node also writes it to the
 * prefix's config key, as flannel's own user.
 */
export const networkConfig: NetStep = {
  id: 'network/config',
  title: "Write flannel's network config",
  async run(ctx, host, ops) {
    const config = netConfig(ctx.settings);
    await ops.ensureFile({ path: LAYOUT.netConf, content: config, mode: 0o644, notify: [UNIT] });
    if (ctx.settings.subnetManager !== 'etcd' || host.host !== ctx.nodes[0]?.name) return;
    const key = configKey(ctx.settings);
    await ops.run(`put ${key} into etcd`, flannelEtcdctl(ctx.settings, ['put', key]), {
      stdin: config.trim(),
      check: sh`[ "$(${raw(flannelEtcdctl(ctx.settings, ['get', key, '--print-value-only']))})" = ${config.trim()} ]`,
    });
  },
};
