import { localProxyStep } from '@kdeploy/endpoint-proxy';
import { PKI } from '../control-plane/layout';
import { installHosts, MasterCtx } from './context';

/**
 * In local-proxy mode, masters run the proxy too: their own kubelets, kube-proxies and admins
 * reach the endpoint at 127.0.0.1 like every node's (the apiserver binds the master's own
 * address, so the two share the port). Other modes have no proxy.
 */
export const localProxy = localProxyStep<MasterCtx>({
  id: 'master/local-proxy',
  prepare: installHosts,
  settings: (ctx) =>
    ctx.endpoint.mode !== 'local-proxy'
      ? undefined
      : {
          listenAddress: ctx.endpoint.address,
          listenPort: ctx.endpoint.port,
          backends: ctx.request.masters.map((m) => ({ name: m.name, address: m.address, port: ctx.request.settings.securePort })),
          caFile: PKI.ca,
        },
});
