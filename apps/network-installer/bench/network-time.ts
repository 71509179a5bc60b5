/**
 * Prints how long the pod network and the cluster DNS take on the lab (a figure, not a test),
 * with etcd and a one-master control plane on lab13 and node-installer's nodes lab14, lab15:
 *  1. from two Ready-pending nodes (kubelets registered, no pod network) to a pod on one node
 *     answering a pod on the other by pod IP: network-installer's Apply, the Nodes Ready, the
 *     two pods running, the first answer;
 *  2. from there to CoreDNS answering a Service name from a pod: master-installer's
 *     ApplyAddons (CoreDNS and metrics-server) and the first answer.
 * The etcd subnet manager with VXLAN (the defaults). Takes everything off the hosts at the end.
 * Run: NX_DAEMON=false npx nx run network-installer:bench
 */
import { hostPort } from '@kdeploy/cluster-spec';
import { kubeApi } from '@kdeploy/kube-api';
import { busyboxPod, kubeconfigAccess, kubectlWith, timedRun, waitRunning } from '@kdeploy/testing';
import { NETWORK_LAB, startNetworkHarness } from '../src/testing/network-harness';

const [A, B] = NETWORK_LAB.nodes;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  process.stdout.write('network-installer bench: using lab13..lab15 (lab hosts that are not running are started first)\n');
  const h = await startNetworkHarness();
  const c = h.cluster('net-bench');
  const rows: string[] = [];
  try {
    await c.remove();
    await c.removeNodes();
    const kubeconfig = await c.controlPlane();
    const admin = kubeconfigAccess(kubeconfig, [`https://${hostPort(c.derived.hosts[0].address, 6443)}`]);
    const kubectl = kubectlWith(h.lab, kubeconfig);
    const nodesRegistered = async () => {
      const r = await kubeApi(admin, 'GET', '/api/v1/nodes');
      const names = ((r.body as { items?: { metadata: { name: string } }[] }).items ?? []).map((n) => n.metadata.name);
      return names.includes(A) && names.includes(B) ? true : undefined;
    };
    for (let i = 1; i <= 3; i++) {
      const installed = await c.installNodes();
      if (!installed.result?.success) throw new Error(`nodes: ${installed.result?.error?.message}`);
      // The kubelets start and register; Join returns once they are Ready, which needs the network.
      const joining = c.joinNodes();
      await until('the Nodes registered', nodesRegistered);
      const t0 = Date.now();
      const net = await timedRun('network apply', () => c.apply());
      const joined = await joining;
      if (!joined.result?.success) throw new Error(`join: ${joined.result?.error?.message}`);
      const ready = Date.now() - t0;
      const server = busyboxPod(h.lab, 'server', B, { app: 'server' });
      server.spec.containers[0].command = ['sh', '-c', 'mkdir -p /www && echo ok > /www/index.html && exec httpd -f -p 8080 -h /www'];
      const client = busyboxPod(h.lab, 'client', A);
      for (const p of [server, client]) await kubeApi(admin, 'POST', '/api/v1/namespaces/default/pods', p);
      await Promise.all([waitRunning(admin, 'default', 'server'), waitRunning(admin, 'default', 'client')]);
      const running = Date.now() - t0;
      const ip = (await kubectl('get', 'pod', 'server', '-o', 'jsonpath={.status.podIP}')).trim();
      await until('pod to pod', async () =>
        (await kubectl('exec', 'client', '--', 'timeout', '1', 'wget', '-qO-', `http://${ip}:8080/`)) === 'ok\n' ? true : undefined,
      );
      const podToPod = Date.now() - t0;
      // CoreDNS answers before ApplyAddons returns: that also waits for metrics-server's first scrape
      const applying = timedRun('add-ons', () => c.addons());
      await until('DNS', async () =>
        (await kubectl('exec', 'client', '--', 'nslookup', `kubernetes.default.svc.${c.derived.network.clusterDomain}`)).includes('Name:')
          ? true
          : undefined,
      );
      const dns = Date.now() - t0;
      const addons = await applying;
      rows.push(
        `run ${i}: Ready-pending nodes -> pod-to-pod across hosts ${seconds(podToPod)} (network Apply ${seconds(net.ms)}, Nodes Ready at ${seconds(ready)}, pods running at ${seconds(running)}); -> CoreDNS answering ${seconds(dns)}; ApplyAddons with metrics-server serving ${seconds(addons.ms)}`,
      );
      rows.push(`  network Apply, steps (slowest host): ${net.steps}`);
      await kubectl('delete', 'pod', 'server', 'client', '--wait=true', '--grace-period=1');
      await c.addons({});
      await c.remove();
      await c.removeNodes();
      // the next run starts from Nodes that register anew, not from last run's Ready ones
      for (const n of [A, B]) await kubeApi(admin, 'DELETE', `/api/v1/nodes/${n}`);
    }
    process.stdout.write(
      `network-installer bench (etcd subnet manager, VXLAN; control plane on lab13, nodes lab14 and lab15)\n${rows.join('\n')}\n`,
    );
  } finally {
    await c.remove().catch(() => undefined);
    await c.removeNodes().catch(() => undefined);
    await c.removeControlPlane().catch(() => undefined);
    await h.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
