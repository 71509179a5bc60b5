import { localProxyStep } from '@kdeploy/endpoint-proxy';
import { CA_CERT } from '../node/layout';
import { installHosts, NodeCtx } from './context';

/** In local-proxy mode every node runs the endpoint proxy before the kubelet and kube-proxy need it. */
export const localProxy = localProxyStep<NodeCtx>({
  id: 'node/local-proxy',
  prepare: installHosts,
  settings: (ctx) =>
    ctx.endpoint.mode !== 'local-proxy'
      ? undefined
      : {
          listenAddress: '127.0.0.1',
          listenPort: Number(new URL(ctx.endpoint.server).port || 443),
          backends: ctx.endpoint.backends.map((b, i) => ({ name: `apiserver-${i + 1}`, address: b.address, port: b.port })),
          caFile: CA_CERT,
        },
});
