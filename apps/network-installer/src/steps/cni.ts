import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import { cniConflist } from '../flannel/cni-config';
import { LAYOUT } from '../flannel/layout';
import { parseSubnetEnv } from '../flannel/subnet-env';
import { NetStep } from './context';

/** The node's CNI network from the lease flanneld wrote: the kubelet starts pods on it as soon as it appears. */
export const cni: NetStep = {
  id: 'network/cni',
  title: 'Write the CNI config',
  async run(ctx, host, ops) {
    await ops.ensureDirectory({ path: LAYOUT.cniConfDir, mode: 0o755 });
    const text = (await host.exec(sh`cat -- ${LAYOUT.subnetEnv} 2>/dev/null || true`, { signal: ctx.signal })).stdout;
    const lease = parseSubnetEnv(text);
    if (!lease) {
      if (ops.mode === 'plan') {
        await ops.run("write the CNI config from the node's lease, once flanneld holds one", `write ${LAYOUT.cniConf}`);
        return;
      }
      throw new PreconditionError(`flanneld runs but ${LAYOUT.subnetEnv} holds no lease: ${JSON.stringify(text.slice(0, 200))}`, host.host);
    }
    await ops.ensureFile({ path: LAYOUT.cniConf, content: cniConflist(lease), mode: 0o644 });
  },
};
