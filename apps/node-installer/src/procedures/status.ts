import { errorDetail, hostConnection, unitStates } from '@kdeploy/installer';
import { kubeApi } from '@kdeploy/kube-api';
import { commonV1, nodeV1 } from '@kdeploy/proto';
import { HostConnection, sh } from '@kdeploy/ssh';
import { fanOutSettled } from '@kdeploy/steps';
import { DOCKER_UNITS, KUBELET_CLIENT_CURRENT, KUBELET_SERVING, UNITS } from '../node/layout';
import { runtimeOf } from '../request/settings';
import { adminAccess, NodeObject, readiness } from './cluster-api';
import { Session } from './session';

const CERTIFICATES = { 'kubelet-client': KUBELET_CLIENT_CURRENT, 'kubelet-serving': KUBELET_SERVING.cert };

/** When each of the kubelet's certificates on a host expires, in one round trip; unset where a file is missing. */
async function certificateExpiry(host: HostConnection, signal?: AbortSignal): Promise<nodeV1.CertificateExpiry[]> {
  const files = Object.values(CERTIFICATES);
  const r = await host.exec(sh`for f in ${files}; do openssl x509 -noout -enddate -in "$f" 2>/dev/null || echo missing; done`, {
    signal,
    timeoutMs: 15_000,
  });
  const lines = r.stdout.trim().split('\n');
  return Object.keys(CERTIFICATES).map((name, i) => {
    const date = /^notAfter=(.+)$/.exec(lines[i] ?? '')?.[1];
    const ms = date ? Date.parse(date) : NaN;
    return Number.isNaN(ms) ? { name } : { name, notAfter: { seconds: Math.floor(ms / 1000), nanos: 0 } };
  });
}

/**
 * Status: per host the units and the kubelet's certificates, per Node its readiness, versions
 * and pod CIDR as the apiserver reports it. Healthy when every unit runs and every Node is Ready.
 */
export async function nodeStatus(session: Session): Promise<nodeV1.StatusResponse> {
  const api = await adminAccess(session);
  const list = await kubeApi(api, 'GET', '/api/v1/nodes');
  const objects = list.status === 200 ? (list.body as { items: NodeObject[] }).items : [];
  const certificates = new Map<string, nodeV1.CertificateExpiry[]>();
  const hosts = await fanOutSettled(
    session.hosts.map((h) => ({ host: h.name })),
    async ({ host }): Promise<commonV1.HostStatus> => {
      const connection = hostConnection(session, host);
      const docker = runtimeOf(session.settings, host) === 'docker' ? Object.values(DOCKER_UNITS) : [];
      const units = await unitStates(connection, [UNITS.containerd, ...docker, UNITS.kubelet, UNITS.kubeProxy], session.signal);
      certificates.set(host, await certificateExpiry(connection, session.signal));
      const ready = readiness(objects.find((o) => o.metadata.name === host));
      const healthy = units.every((u) => u.healthy) && ready === true;
      return { host, healthy, units, ...(ready === true ? {} : { error: { message: `Node ${ready}` } }) };
    },
    { concurrency: 10, what: 'Read the nodes', signal: session.signal },
  );
  const out = hosts.map((o) => (o.ok ? o.value : { host: o.host, healthy: false, units: [], error: errorDetail(o.error) }));
  const nodes = objects.map((o) => ({
    name: o.metadata.name,
    ready: readiness(o) === true,
    unschedulable: o.spec?.unschedulable ?? false,
    kubeletVersion: o.status?.nodeInfo?.kubeletVersion ?? '',
    containerRuntimeVersion: o.status?.nodeInfo?.containerRuntimeVersion ?? '',
    podCidr: o.spec?.podCIDR ?? '',
    certificates: certificates.get(o.metadata.name) ?? [],
  }));
  return { healthy: out.every((h) => h.healthy), hosts: out, nodes };
}
