import { hostPort } from '@kdeploy/cluster-spec';
import { errorDetail, hostConnection, unitStates } from '@kdeploy/installer';
import { commonV1, masterV1 } from '@kdeploy/proto';
import { PROXY_UNIT } from '@kdeploy/endpoint-proxy';

import { fanOutSettled } from '@kdeploy/steps';
import { apiserverUrl, readyzProblem } from '../api/readyz';
import { unitName } from '../control-plane/layout';
import { COMPONENTS } from '../versions';
import { Session } from './session';

/** Status: per master the units and /readyz; the endpoint ready when clients through it would be served. */
export async function controlPlaneStatus(session: Session): Promise<masterV1.StatusResponse> {
  const cas = await session.pki.cas();
  const proxy = session.endpoint.mode === 'local-proxy';
  const units = [...COMPONENTS.map(unitName), ...(proxy ? [PROXY_UNIT] : [])];
  const hosts = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name })),
    async ({ host }): Promise<commonV1.HostStatus> => {
      const states = await unitStates(hostConnection(session, host), units, session.signal);
      const m = session.request.masters.find((x) => x.name === host)!;
      const notReady = await readyzProblem(apiserverUrl(m, session.request.settings), cas.kubernetes, session.signal);
      const api = states.find((s) => s.unit === unitName('kube-apiserver'));
      if (api && notReady) Object.assign(api, { healthy: false });
      return {
        host,
        healthy: states.every((s) => s.healthy) && !notReady,
        units: states,
        ...(notReady ? { error: { message: notReady } } : {}),
      };
    },
    { concurrency: 10, what: 'Read the control plane on the masters', signal: session.signal },
  );
  const out = hosts.map((o) => (o.ok ? o.value : { host: o.host, healthy: false, units: [], error: errorDetail(o.error) }));
  const anyReady = out.some((h) => h.units?.some((u) => u.unit === unitName('kube-apiserver') && u.healthy));
  let endpointReady = anyReady;
  if (session.endpoint.mode === 'load-balancer')
    endpointReady = !(await readyzProblem(
      `https://${hostPort(session.endpoint.address, session.endpoint.port)}`,
      cas.kubernetes,
      session.signal,
    ));
  if (proxy) endpointReady = anyReady && out.every((h) => h.units?.some((u) => u.unit === PROXY_UNIT && u.healthy));
  return { healthy: out.every((h) => h.healthy) && endpointReady, hosts: out, endpointReady };
}
