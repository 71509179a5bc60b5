import { hostPort } from '@kdeploy/cluster-spec';
import type { networkV1 } from '@kdeploy/proto';
import { ApiAccess, kubeApi } from '@kdeploy/kube-api';
import { blockTraffic, bundleEntry, kubeconfigAccess, kubectlWith, onHost, unblockTraffic, waitRunning } from '@kdeploy/testing';
import { configKey, flannelEtcdctl } from './flannel/etcdctl';
import { networkSettings } from './request/settings';
import { NETWORK_LAB, NetworkCluster, NetworkHarness, startNetworkHarness } from './testing/network-harness';

jest.setTimeout(900_000);

const [A, B] = NETWORK_LAB.nodes;
/** What of the pod network is left on a node: flanneld's unit, interfaces, routes into the pod network, chains, files. */
const LEFTOVERS = [
  'systemctl list-unit-files flanneld.service --no-legend 2>/dev/null',
  'ip -o link show flannel.1 2>/dev/null',
  'ip -o link show cni0 2>/dev/null',
  'ip -4 route show | grep ^10.244.',
  "iptables-save | grep -E 'FLANNEL|kdeploy-probe'",
  'ls -d /etc/flannel /run/flannel /etc/cni/net.d/10-flannel.conflist /usr/local/bin/flanneld 2>/dev/null',
].join('; ');

/** A busybox pod pinned to a node; `serve` makes it answer HTTP on 8080 with its node's name. */
function pod(name: string, node: string, serve: boolean) {
  const script = serve ? `mkdir -p /www && echo served-by-${node} > /www/index.html && exec httpd -f -p 8080 -h /www` : 'exec sleep 3600';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      nodeName: node,
      terminationGracePeriodSeconds: 1,
      containers: [{ name: 'main', image: '', imagePullPolicy: 'Never', command: ['sh', '-c', script] }],
    },
  };
}

/** Polls `probe` every 2 s until it returns a value, for at most `timeoutMs`. */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`no answer within ${timeoutMs / 1000} s${last ? `: ${(last as Error).message}` : ''}`);
}

describe('network-installer: flannel between two lab nodes of a real cluster', () => {
  let h: NetworkHarness;
  let c: NetworkCluster;
  let admin: ApiAccess;
  let kubectl: ReturnType<typeof kubectlWith>;
  let joined = false;
  const leftovers = async (node: string) => (await onHost(h.lab, node, `{ ${LEFTOVERS}; } || true`)).trim();
  const image = () => bundleEntry(h.lab, 'image-busybox').image;

  beforeAll(async () => {
    h = await startNetworkHarness();
    c = h.cluster('net-lab');
    // what an earlier, killed run may have left
    await c.remove();
    await c.removeNodes();
    const kubeconfig = await c.controlPlane();
    admin = kubeconfigAccess(kubeconfig, [`https://${hostPort(c.derived.hosts[0].address, 6443)}`]);
    kubectl = kubectlWith(h.lab, kubeconfig);
    const nodes = await c.installNodes();
    if (!nodes.result?.success) throw new Error(`the nodes did not install: ${nodes.result?.error?.message}`);
  });
  afterAll(async () => {
    await c?.remove().catch(() => undefined);
    await c?.removeNodes().catch(() => undefined);
    await c?.removeControlPlane().catch(() => undefined);
    await h?.stop();
  });

  it('refuses, naming both directions of the pair, when UDP 8472 is blocked between two nodes, and changes nothing', async () => {
    await blockTraffic(A, B, 'udp', 8472);
    try {
      const plan = await c.plan().catch((e: Error) => e);
      expect(String(plan)).toMatch(new RegExp(`${A} -> ${B}: UDP 8472 does not arrive`));
      const { result } = await c.apply();
      expect(result?.success).toBe(false);
      expect(result?.error?.message).toMatch(new RegExp(`${A} -> ${B}: UDP 8472 does not arrive`));
      expect(result?.error?.message).toMatch(new RegExp(`${B} -> ${A}: UDP 8472 does not arrive`));
    } finally {
      await unblockTraffic(A, B);
    }
    for (const n of [A, B]) expect(await leftovers(n)).toBe('');
  });

  const cases: [string, Partial<networkV1.NetworkSpec>][] = [
    ['etcd, vxlan', { subnetManager: 'SUBNET_MANAGER_ETCD', backend: 'BACKEND_VXLAN' }],
    ['etcd, host-gw', { subnetManager: 'SUBNET_MANAGER_ETCD', backend: 'BACKEND_HOST_GW' }],
    ['kube, vxlan', { subnetManager: 'SUBNET_MANAGER_KUBE', backend: 'BACKEND_VXLAN' }],
    ['kube, host-gw', { subnetManager: 'SUBNET_MANAGER_KUBE', backend: 'BACKEND_HOST_GW' }],
  ];

  it.each(cases)('%s: a pod reaches a pod on the other node by its IP, and a Service whose backend runs there', async (_name, net) => {
    const applied = await c.apply(net);
    expect(applied.result?.error?.message ?? '').toBe('');
    if (!joined) {
      // the kubelets report Ready only once a pod network is configured: the etcd case comes first
      const j = await c.joinNodes();
      expect(j.result?.error?.message ?? '').toBe('');
      joined = true;
    }
    const status = await c.status(net);
    expect(status.healthy).toBe(true);
    const subnets = status.nodes.map((n) => n.subnet);
    expect(subnets.every((s) => s.startsWith('10.244.'))).toBe(true);
    expect(new Set(subnets).size).toBe(2);

    let removed: Awaited<ReturnType<typeof c.remove>> | undefined;
    const server = { ...pod('server', B, true) };
    server.spec.containers[0].image = image();
    const client = pod('client', A, false);
    client.spec.containers[0].image = image();
    for (const p of [server, client]) expect((await kubeApi(admin, 'POST', '/api/v1/namespaces/default/pods', p)).status).toBe(201);
    await kubeApi(admin, 'POST', '/api/v1/namespaces/default/services', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'server' },
      spec: { selector: { app: 'server' }, ports: [{ port: 80, targetPort: 8080 }] },
    });
    try {
      await waitRunning(admin, 'default', 'server');
      await waitRunning(admin, 'default', 'client');
      const serverIp = (await kubectl('get', 'pod', 'server', '-o', 'jsonpath={.status.podIP}')).trim();
      const serverSubnet = status.nodes.find((n) => n.host === B)?.subnet ?? '';
      expect(serverSubnet.startsWith(serverIp.split('.').slice(0, 3).join('.'))).toBe(true);
      expect(await kubectl('exec', 'client', '--', 'timeout', '5', 'wget', '-qO-', `http://${serverIp}:8080/`)).toBe(`served-by-${B}\n`);
      const clusterIp = (await kubectl('get', 'service', 'server', '-o', 'jsonpath={.spec.clusterIP}')).trim();
      // kube-proxy programs a Service a moment after its endpoint is ready: asked again for up to 20 s, as the smoke check does
      const viaService = () => kubectl('exec', 'client', '--', 'timeout', '5', 'wget', '-qO-', `http://${clusterIp}/`);
      expect(await eventually(viaService, 20_000)).toBe(`served-by-${B}\n`);

      if (net.subnetManager === 'SUBNET_MANAGER_ETCD') {
        // flanneld's etcd identity reaches its own prefix and nothing else of etcd
        const settings = networkSettings(c.request(net).spec as networkV1.NetworkSpec__Output);
        const asFlannel = (...args: string[]) => onHost(h.lab, A, `${flannelEtcdctl(settings, args)} 2>&1 || true`);
        expect(await asFlannel('get', configKey(settings), '--print-value-only')).toContain('"Network":"10.244.0.0/16"');
        expect(await asFlannel('get', '/registry/', '--prefix', '--keys-only', '--limit=1')).toContain('permission denied');
        expect(await asFlannel('put', '/registry/kdeploy-test', 'x')).toContain('permission denied');
      }

      // re-apply: nothing changes, flanneld keeps its PIDs and the nodes their leases
      const pids = await onHost(h.lab, A, 'systemctl show -p MainPID --value flanneld; cat /run/flannel/subnet.env');
      const again = await c.apply(net);
      expect(again.result?.success).toBe(true);
      expect(again.result?.changed).toBe(0);
      expect(await onHost(h.lab, A, 'systemctl show -p MainPID --value flanneld; cat /run/flannel/subnet.env')).toBe(pids);
    } finally {
      await kubectl('delete', 'pod', 'server', 'client', '--wait=true', '--grace-period=1');
      await kubectl('delete', 'service', 'server');
      // also after a failure: the next case must not start on this one's network (its cni0 keeps the old subnet)
      removed = await c.remove(net);
    }
    expect(removed).toBeDefined();
    expect(removed?.result?.error?.message ?? '').toBe('');
    for (const n of [A, B]) expect(await leftovers(n)).toBe('');
  });

  it('with CoreDNS and metrics-server applied through master-installer: names resolve, kubectl top and an HPA have figures, a re-apply changes nothing', async () => {
    const net = { subnetManager: 'SUBNET_MANAGER_ETCD', backend: 'BACKEND_VXLAN' } as const;
    expect((await c.apply(net)).result?.error?.message ?? '').toBe('');
    if (!joined) {
      expect((await c.joinNodes()).result?.error?.message ?? '').toBe('');
      joined = true;
    }
    const applied = await c.addons();
    expect(applied.result?.error?.message ?? '').toBe('');
    expect(applied.result?.changed).toBeGreaterThan(10);
    const domain = c.derived.network.clusterDomain;
    const client = pod('client', A, false);
    client.spec.containers[0].image = image();
    const worker = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'worker', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'worker' } },
        template: {
          metadata: { labels: { app: 'worker' } },
          spec: {
            nodeName: B,
            terminationGracePeriodSeconds: 1,
            containers: [
              {
                name: 'main',
                image: image(),
                imagePullPolicy: 'Never',
                command: ['sh', '-c', 'mkdir -p /www && echo worker > /www/index.html && exec httpd -f -p 8080 -h /www'],
                resources: { requests: { cpu: '20m' } },
              },
            ],
          },
        },
      },
    };
    expect((await kubeApi(admin, 'POST', '/api/v1/namespaces/default/pods', client)).status).toBe(201);
    expect((await kubeApi(admin, 'POST', '/apis/apps/v1/namespaces/default/deployments', worker)).status).toBe(201);
    await kubeApi(admin, 'POST', '/api/v1/namespaces/default/services', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'worker' },
      spec: { selector: { app: 'worker' }, ports: [{ port: 80, targetPort: 8080 }] },
    });
    await kubectl('autoscale', 'deployment', 'worker', '--cpu=50%', '--min=1', '--max=2');
    try {
      await waitRunning(admin, 'default', 'client');
      const svcIp = (name: string, ns = 'default') => kubectl('get', 'service', name, '-n', ns, '-o', 'jsonpath={.spec.clusterIP}');
      const resolved = async (name: string) => (await kubectl('exec', 'client', '--', 'nslookup', name)).split('Name:')[1] ?? '';
      expect(await resolved(`kubernetes.default.svc.${domain}`)).toContain(`Address: ${await svcIp('kubernetes')}`);
      expect(await resolved(`worker.default.svc.${domain}`)).toContain(`Address: ${await svcIp('worker')}`);
      // by its short name too, through the search path the kubelet gives pods
      expect(await kubectl('exec', 'client', '--', 'timeout', '5', 'wget', '-qO-', 'http://worker/')).toBe('worker\n');

      const top = await eventually(async () => {
        const nodes = await kubectl('top', 'nodes', '--no-headers');
        const pods = await kubectl('top', 'pods', '-n', 'default', '--no-headers');
        return nodes.includes(A) && nodes.includes(B) && /worker-\S+\s+\d+m\s+\d+Mi/.test(pods) ? { nodes, pods } : undefined;
      });
      expect(top.nodes).toMatch(new RegExp(`${B}\\s+\\d+m\\s+\\d+%\\s+\\d+Mi`));
      const utilisation = await eventually(async () => {
        const hpa = JSON.parse(await kubectl('get', 'hpa', 'worker', '-o', 'json')) as {
          status?: { currentMetrics?: { resource?: { current?: { averageUtilization?: number } } }[] };
        };
        return hpa.status?.currentMetrics?.[0]?.resource?.current?.averageUtilization;
      });
      expect(typeof utilisation).toBe('number');

      // master-installer's smoke check passes from inside the cluster, each check named
      const checked = await c.check();
      expect(checked.result?.error?.message ?? '').toBe('');
      const said = checked.events.flatMap((e) => (e.log ? [e.log.message] : []));
      expect(said).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^pod-to-pod ${A} -> ${B} `)),
          expect.stringMatching(/^service \S+ answered/),
          expect.stringMatching(new RegExp(`^dns kubernetes.default.svc.${domain} -> `)),
        ]),
      );
      expect(checked.events.filter((e) => e.stepFinished).map((e) => e.stepFinished?.stepId)).toEqual([
        'check/nodes-ready',
        'check/pods',
        'check/from-inside',
        'check/metrics',
      ]);

      // re-apply: nothing changes, the add-ons' pods stay the same pods
      const podsBefore = await kubectl('get', 'pods', '-n', 'kube-system', '-o', 'jsonpath={.items[*].metadata.uid}');
      const again = await c.addons();
      expect(again.result?.error?.message ?? '').toBe('');
      expect(again.result?.changed).toBe(0);
      expect(await kubectl('get', 'pods', '-n', 'kube-system', '-o', 'jsonpath={.items[*].metadata.uid}')).toBe(podsBefore);

      // an add-on left out of the request is deleted, and only kdeploy's objects of it
      const removed = await c.addons({});
      expect(removed.result?.error?.message ?? '').toBe('');
      expect(
        await kubectl(
          'get',
          'deployments,services,configmaps,apiservices',
          '-n',
          'kube-system',
          '-l',
          'app.kubernetes.io/managed-by=kdeploy',
          '-o',
          'name',
        ),
      ).toBe('');
    } finally {
      await kubectl('delete', 'hpa', 'worker', '--ignore-not-found');
      await kubectl('delete', 'deployment', 'worker', '--ignore-not-found');
      await kubectl('delete', 'service', 'worker', '--ignore-not-found');
      await kubectl('delete', 'pod', 'client', '--wait=true', '--grace-period=1', '--ignore-not-found');
    }
    expect((await c.remove(net)).result?.error?.message ?? '').toBe('');
  });
});
