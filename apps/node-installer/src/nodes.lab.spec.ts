import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { hostPort } from '@kdeploy/cluster-spec';
import { ApiAccess, kubeApi } from '@kdeploy/kube-api';
import { OWNER_FILE, waitUntil } from '@kdeploy/steps';
import { busyboxPod, kubeconfigAccess, kubectlWith, nodeFingerprint, onHost, waitRunning } from '@kdeploy/testing';
import { writeBridgeCni } from './testing/cluster-tools';
import { NodeCluster, NodeHarness, startNodeHarness } from './testing/node-harness';

jest.setTimeout(900_000);

const CLUSTER = 'node-lab';
const [FIRST, SECOND, LATER] = ['lab14', 'lab15', 'lab16'];
const TWO = [FIRST, SECOND];
/** What of a node is left on a host: units, mounts, CNI interfaces and namespaces, Kubernetes' iptables rules, files. */
const LEFTOVERS = [
  'systemctl list-unit-files containerd.service kubelet.service kube-proxy.service --no-legend 2>/dev/null',
  'awk \'$2 ~ "^(/var/lib/kubelet|/run/containerd|/var/lib/containerd/|/run/netns/cni-)" {print $2}\' /proc/mounts',
  'ip -o link show cni0 2>/dev/null',
  'ip netns list 2>/dev/null | grep ^cni-',
  "iptables-save | grep -E 'KUBE-|CNI-'",
  `ls -d /etc/kubernetes /var/lib/kubelet /etc/containerd /opt/cni/bin /usr/local/bin/kubelet ${OWNER_FILE} 2>/dev/null`,
].join('; ');

const spki = (cert: X509Certificate) => cert.publicKey.export({ type: 'spki', format: 'der' }).toString('hex');

interface Csr {
  metadata: { name: string };
  spec: { signerName: string; username: string; request: string };
  status?: { conditions?: { type: string; status: string }[]; certificate?: string };
}

describe('node-installer: two nodes join a real one-master control plane on lab hosts', () => {
  let h: NodeHarness;
  let c: NodeCluster;
  let admin: ApiAccess;
  let kubectl: ReturnType<typeof kubectlWith>;
  let token = '';
  const bare = async (node: string) => (await onHost(h.lab, node, `{ ${LEFTOVERS}; } || true`)).trim();

  beforeAll(async () => {
    h = await startNodeHarness();
    c = h.cluster(CLUSTER);
    // what an earlier, killed run may have left
    const cleaned = await c.remove([...TWO, LATER]);
    if (!cleaned.result?.success) throw new Error(`the nodes could not be cleaned first: ${cleaned.result?.error?.message}`);
    const kubeconfig = await c.controlPlane();
    admin = kubeconfigAccess(kubeconfig, [`https://${hostPort(c.derived.hosts[0].address, 6443)}`]);
    kubectl = kubectlWith(h.lab, kubeconfig);
    token = await c.token();
    const subnets = c.derived.network.flannel.hostSubnets;
    for (const n of [...TWO, LATER]) await writeBridgeCni(h.lab, n, subnets[n]);
  });
  afterAll(async () => {
    await c?.remove([...TWO, LATER]).catch(() => undefined);
    await c?.removeControlPlane().catch(() => undefined);
    await h?.stop();
  });

  it('refuses a cgroup v1 host without the opt-in, before any change, naming the host and the setting', async () => {
    const { result } = await c.apply([FIRST], { allowCgroupV1: false });
    expect(result?.success).toBe(false);
    expect(result?.error?.host).toBe(FIRST);
    expect(result?.error?.message).toMatch(/cgroup v1.*allow_cgroup_v1/);
    expect(await bare(FIRST)).toBe('');
  });

  it('refuses two nodes with the same machine-id, naming both', async () => {
    const id = (await onHost(h.lab, FIRST, 'cat /etc/machine-id')).trim();
    await onHost(h.lab, SECOND, `echo ${id} > /run/twin-id && mount --bind /run/twin-id /etc/machine-id`);
    try {
      const { result } = await c.apply(TWO);
      expect(result?.success).toBe(false);
      const errors = Object.fromEntries(result?.error?.hostErrors.map((e) => [e.host, e.message]) ?? []);
      expect(errors[FIRST]).toContain(`/etc/machine-id is the same as on ${SECOND}`);
      expect(errors[SECOND]).toContain(`/etc/machine-id is the same as on ${FIRST}`);
    } finally {
      await onHost(h.lab, SECOND, 'umount /etc/machine-id; rm -f /run/twin-id');
    }
    expect(await bare(FIRST)).toBe('');
  });

  it('refuses a host whose kubelet port another process holds, naming the port and the process', async () => {
    await onHost(
      h.lab,
      SECOND,
      'systemd-run --collect --unit=node-test-port socat TCP-LISTEN:10250,reuseaddr,fork EXEC:/bin/true && sleep 0.5',
    );
    try {
      const { result } = await c.apply([SECOND]);
      expect(result?.success).toBe(false);
      expect(result?.error?.host).toBe(SECOND);
      expect(result?.error?.message).toMatch(/10250.*socat/);
    } finally {
      await onHost(h.lab, SECOND, 'systemctl stop node-test-port');
    }
  });

  it('plans every step for bare hosts and changes nothing', async () => {
    const { plan } = await c.plan(TWO);
    const steps = new Set(plan?.hosts.flatMap((x) => x.changes.map((ch) => ch.stepId)));
    expect([...steps]).toEqual(
      expect.arrayContaining([
        'node/host-prep',
        'node/install-binaries',
        'node/containerd',
        'node/images',
        'node/certificates',
        'node/kubelet',
      ]),
    );
    expect(plan?.hosts.map((x) => x.host).sort()).toEqual(TWO);
    for (const n of TWO) expect(await bare(n)).toBe('');
  });

  it('joins two bare hosts: both Ready, the bootstrap token gone from them', async () => {
    const { result } = await c.join(TWO, token);
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    const nodes = await kubeApi(admin, 'GET', '/api/v1/nodes');
    const items = (nodes.body as { items: { metadata: { name: string }; status: { conditions: { type: string; status: string }[] } }[] })
      .items;
    for (const n of TWO) {
      const node = items.find((i) => i.metadata.name === n);
      expect(node?.status.conditions.find((x) => x.type === 'Ready')?.status).toBe('True');
      expect(await onHost(h.lab, n, 'test -e /etc/kubernetes/bootstrap-kubelet.kubeconfig && echo present || echo gone')).toBe('gone\n');
    }
    const secret = token.split('.')[1];
    expect(h.logs.join('')).not.toContain(secret);
  });

  it("issues each kubelet's client certificate through an approved CSR, for a key that exists only on its host", async () => {
    const list = await kubeApi(admin, 'GET', '/apis/certificates.k8s.io/v1/certificatesigningrequests');
    const csrs = (list.body as { items: Csr[] }).items.filter((x) => x.spec.signerName === 'kubernetes.io/kube-apiserver-client-kubelet');
    const issued = await h.pki.client.unary('ListCertificates', { clusterId: CLUSTER });
    const serial = (hex: string) => hex.toLowerCase().replace(/^0+/, '');
    const pkiSerials = new Set(issued.certificates.map((x) => serial(x.serialNumber)));
    for (const n of TWO) {
      const pem = await onHost(h.lab, n, 'cat /var/lib/kubelet/pki/kubelet-client-current.pem');
      expect(await onHost(h.lab, n, 'stat -Lc %a /var/lib/kubelet/pki/kubelet-client-current.pem')).toBe('600\n');
      const cert = new X509Certificate(pem);
      expect(cert.subject).toContain(`CN=system:node:${n}`);
      // the file holds the key the kubelet made and the certificate for it
      const key = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' }).toString('hex');
      expect(spki(cert)).toBe(key);
      // the CSR that carried this key was approved, and it came from the bootstrap token
      const mine = csrs.filter(
        (x) => x.status?.certificate && spki(new X509Certificate(Buffer.from(x.status.certificate, 'base64'))) === key,
      );
      expect(mine).toHaveLength(1);
      expect(mine[0].spec.username).toMatch(/^system:bootstrap:[a-z0-9]{6}$/);
      expect(mine[0].status?.conditions?.some((x) => x.type === 'Approved' && x.status === 'True')).toBe(true);
      // pki-service never saw it: it signed the node's serving certificate, and nothing of its client identity
      expect(pkiSerials.has(serial(cert.serialNumber))).toBe(false);
      const forNode = issued.certificates.filter((x) => x.commonName === `system:node:${n}`).map((x) => x.profile);
      expect(forNode).toEqual(['CERTIFICATE_PROFILE_KUBELET_SERVING']);
    }
    expect(h.logs.join('')).not.toContain('PRIVATE KEY');
  });

  it('runs a pod of the imported image on each node; kubectl logs and exec reach it through the verified kubelet', async () => {
    for (const n of TWO) {
      const created = await kubeApi(admin, 'POST', '/api/v1/namespaces/default/pods', busyboxPod(h.lab, `hello-${n}`, n));
      expect(created.status).toBe(201);
    }
    for (const n of TWO) {
      await waitRunning(admin, 'default', `hello-${n}`);
      expect(await kubectl('logs', `hello-${n}`)).toContain(`hello from ${n}`);
      expect(await kubectl('exec', `hello-${n}`, '--', 'cat', '/proc/1/cmdline')).toContain('sleep');
    }
  });

  it('re-applies as a no-op: 0 changes, the same PIDs and file hashes', async () => {
    const before = await Promise.all(TWO.map((n) => nodeFingerprint(h.lab, n)));
    const { result } = await c.apply(TWO);
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.changed).toBe(0);
    expect(await Promise.all(TWO.map((n) => nodeFingerprint(h.lab, n)))).toEqual(before);
  });

  it('refuses to switch a containerd node to docker, before any change, saying how', async () => {
    const before = await nodeFingerprint(h.lab, FIRST);
    const { result } = await c.apply([FIRST], { hostRuntimes: { [FIRST]: 'RUNTIME_KIND_DOCKER' } });
    expect(result?.success).toBe(false);
    expect(result?.error?.host).toBe(FIRST);
    expect(result?.error?.message).toMatch(
      /runs containerd; switching it to docker needs it drained and reinstalled: remove the node .* add it again/,
    );
    expect(await nodeFingerprint(h.lab, FIRST)).toEqual(before);
  });

  it('restarts only what a changed setting touches: a new maxPods restarts the kubelets, not containerd or kube-proxy', async () => {
    // containerd, kube-proxy, kubelet
    const pids = async (n: string) =>
      (await onHost(h.lab, n, 'systemctl show -p MainPID --value containerd kube-proxy kubelet')).split(/\s+/).filter(Boolean);
    const before = await Promise.all(TWO.map(pids));
    const changed = await c.apply(TWO, { maxPods: 100 });
    expect(changed.result?.error?.message ?? '').toBe('');
    expect(changed.result?.success).toBe(true);
    const after = await Promise.all(TWO.map(pids));
    for (const [i, n] of TWO.entries()) {
      expect([n, ...after[i].slice(0, 2)]).toEqual([n, ...before[i].slice(0, 2)]);
      expect([n, after[i][2]]).not.toEqual([n, before[i][2]]);
    }
    const capacity = await waitUntil<true>(
      async () => {
        const node = await kubeApi(admin, 'GET', `/api/v1/nodes/${FIRST}`);
        const pods = (node.body as { status: { capacity: { pods: string } } }).status.capacity.pods;
        return pods === '100' ? { done: true, value: true } : { done: false, why: `capacity.pods ${pods}` };
      },
      { what: 'the new maxPods in the Node', timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(capacity).toEqual({ ok: true, value: true });
    const back = await c.apply(TWO);
    expect(back.result?.success).toBe(true);
  });

  it('joins a third node later, touching neither of the others', async () => {
    const before = await Promise.all(TWO.map((n) => nodeFingerprint(h.lab, n)));
    const { result } = await c.join([LATER], await c.token());
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    expect(await Promise.all(TWO.map((n) => nodeFingerprint(h.lab, n)))).toEqual(before);
    const status = await c.status([...TWO, LATER]);
    expect(status.healthy).toBe(true);
    const mine = status.nodes.filter((x) => [...TWO, LATER].includes(x.name));
    expect(mine.map((x) => [x.name, x.ready, x.kubeletVersion, x.containerRuntimeVersion])).toEqual(
      [...TWO, LATER].map((n) => [n, true, 'v1.37.2', 'containerd://2.4.2']),
    );
    // both certificates of every kubelet, valid for most of a year (the client one is the kubelet's own)
    for (const x of mine) {
      expect(x.certificates.map((c) => c.name)).toEqual(['kubelet-client', 'kubelet-serving']);
      for (const cert of x.certificates) expect(Number(cert.notAfter?.seconds) * 1000 - Date.now()).toBeGreaterThan(300 * 86_400_000);
    }
  });

  it('drains a node only as far as a PodDisruptionBudget allows, then completely once it allows', async () => {
    const labels = { app: 'drain-test' };
    // scheduled by the scheduler, pinned to the node by its hostname label
    const pinned = busyboxPod(h.lab, 'drain-test', FIRST);
    const deployment = await kubeApi(admin, 'POST', '/apis/apps/v1/namespaces/default/deployments', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'drain-test' },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { ...pinned.spec, nodeName: undefined, nodeSelector: { 'kubernetes.io/hostname': FIRST } },
        },
      },
    });
    expect(deployment.status).toBe(201);
    const pdb = await kubeApi(admin, 'POST', '/apis/policy/v1/namespaces/default/poddisruptionbudgets', {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'drain-test' },
      spec: { maxUnavailable: 0, selector: { matchLabels: labels } },
    });
    expect(pdb.status).toBe(201);
    const running = await waitUntil<true>(
      async () => {
        const r = await kubeApi(
          admin,
          'GET',
          `/api/v1/namespaces/default/pods?labelSelector=app%3Ddrain-test&fieldSelector=status.phase%3DRunning`,
        );
        return (r.body as { items: unknown[] }).items.length === 2 ? { done: true, value: true } : { done: false, why: 'not both Running' };
      },
      { what: 'two drain-test pods Running', timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(running.ok).toBe(true);

    // a pod no controller would bring back is deleted only when the caller says so, as with kubectl drain
    const unmanaged = await c.drain(FIRST, 8, false);
    expect(unmanaged.result?.success).toBe(false);
    expect(unmanaged.result?.error?.message).toContain(`default/hello-${FIRST} not managed by a controller`);

    const blocked = await c.drain(FIRST, 8, true);
    expect(blocked.result?.success).toBe(false);
    expect(blocked.result?.error?.message).toMatch(/default\/drain-test-[a-z0-9-]+ \(a disruption budget refuses its eviction\)/);
    const cordoned = await kubeApi(admin, 'GET', `/api/v1/nodes/${FIRST}`);
    expect((cordoned.body as { spec: { unschedulable?: boolean } }).spec.unschedulable).toBe(true);

    const relaxed = await kubeApi(
      admin,
      'PATCH',
      '/apis/policy/v1/namespaces/default/poddisruptionbudgets/drain-test',
      { spec: { maxUnavailable: 2 } },
      'application/merge-patch+json',
    );
    expect(relaxed.status).toBe(200);
    const drained = await c.drain(FIRST, 120, true);
    expect(drained.result?.error?.message ?? '').toBe('');
    expect(drained.result?.success).toBe(true);
    const left = await kubeApi(admin, 'GET', `/api/v1/pods?fieldSelector=spec.nodeName%3D${FIRST}`);
    expect((left.body as { items: unknown[] }).items).toEqual([]);
  });

  it('removes a node: its Node object deleted, its host bare', async () => {
    const { result } = await c.removeNode(LATER);
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    expect((await kubeApi(admin, 'GET', `/api/v1/nodes/${LATER}`)).status).toBe(404);
    expect(await bare(LATER)).toBe('');
    expect(await onHost(h.lab, LATER, 'ls /etc/cni/net.d 2>/dev/null | wc -l')).toBe('0\n');
  });
});
