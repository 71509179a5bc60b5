import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { bundleEntry, ensureLab, kubectlWith, LabInfo, labSsh, nodeFingerprint, onHost, repoRoot } from '@kdeploy/testing';
import { parseClusterSpec } from '@kdeploy/cluster-spec';
import { stringify } from 'yaml';
import { Launched, launchKdeploy } from '../testing/launcher';
import { mixedRuntimeSpec } from '../testing/lab-spec';
import { waitFor } from '../testing/processes';
import { readEvents, SseEvent } from '../testing/sse-client';
import { clusterFeatureTests, DeployedCluster } from './cluster-features.tests';

jest.setTimeout(600_000);

const CLUSTER = 'gw-lab';
const HOSTS = ['lab6', 'lab7', 'lab8'];
/** The node added and removed on day 2. */
const ADDED = 'lab9';

/** Reads the whole event stream with the launcher's token; `onEvent` sees each event as it arrives. */
async function stream(k: Launched, onEvent: (e: SseEvent) => void): Promise<void> {
  await readEvents(k.url, CLUSTER, { token: k.token, onEvent, ms: 300_000 });
}

/** Runs the built CLI to its end. */
function runCli(k: Launched, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['dist/apps/cli/main.js', ...args], {
    cwd: repoRoot(),
    env: { ...process.env, KDEPLOY_GATEWAY: k.url, KDEPLOY_TOKEN_FILE: join(k.stateDir, 'api-token') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
  return new Promise((r) => child.once('exit', (code) => r({ code, out: out.join('') })));
}

/** Each Node as name=its Ready status, in the API's order. */
const readyNodes = async (kubectl: (...args: string[]) => Promise<string>) =>
  (
    await kubectl('get', 'nodes', '-o', 'jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status} {end}')
  ).trim();

const bare = async (lab: LabInfo, hosts = HOSTS) =>
  Promise.all(
    lab.hosts
      .filter((h) => hosts.includes(h.name))
      .map(async (h) =>
        (
          await labSsh(
            lab,
            h,
            [
              'for p in /etc/etcd /var/lib/etcd /etc/kdeploy /etc/kubernetes /var/lib/kubelet /etc/flannel /etc/cni/net.d/10-flannel.conflist; do test -e $p && echo $p; done',
              'for p in /etc/docker /run/docker.sock /run/cri-dockerd.sock /var/lib/cri-dockerd /etc/systemd/system/docker.service /etc/systemd/system/cri-docker.service; do test -e $p && echo $p; done',
              'test -n "$(ls -A /var/lib/docker 2>/dev/null)" && echo /var/lib/docker',
              'for u in etcd kube-apiserver kubelet kube-proxy containerd docker cri-docker flanneld; do systemctl is-active --quiet $u && echo $u; done',
              'for l in cni0 flannel.1 docker0; do ip link show $l >/dev/null 2>&1 && echo $l; done',
              'true',
            ].join('; '),
          )
        ).stdout.trim(),
      ),
  );

describe('kdeploy whole, started by the launcher, deploys the classic topology on lab6-lab8 (lab8 on Docker Engine)', () => {
  let lab: LabInfo;
  /** The classic topology, lab7 on containerd and lab8 on Docker Engine through cri-dockerd. */
  const clusterSpec = () => mixedRuntimeSpec(lab, CLUSTER, 'lab8');
  let k: Launched;
  let cli: { code: Promise<number | null>; out: string[] };
  let deployed: DeployedCluster | undefined;
  const api = (method: string, path: string, body?: unknown) =>
    fetch(`${k.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${k.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, any> })); // eslint-disable-line @typescript-eslint/no-explicit-any
  const cas = async () => {
    const c = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, `127.0.0.1:${k.ports.pki}`, { tls: k.operatorTls });
    try {
      return (await c.unary('GetCACertificates', { clusterId: CLUSTER })).cas.map((x) => x.certificatePem);
    } finally {
      c.close();
    }
  };

  /** The PIDs of every cluster unit and the hashes of the hosts' cluster files: equal means untouched. */
  const fingerprints = async () => ({
    nodes: await Promise.all(['lab7', 'lab8'].map((n) => nodeFingerprint(lab, n))),
    network: await Promise.all(HOSTS.slice(1).map((n) => onHost(lab, n, 'systemctl show -p MainPID flanneld; sha256sum /etc/cni/net.d/*'))),
    master: await onHost(
      lab,
      'lab6',
      'systemctl show -p MainPID etcd kube-apiserver kube-controller-manager kube-scheduler; sha256sum /etc/kubernetes/pki/* /etc/etcd/pki/*',
    ),
  });

  beforeAll(async () => {
    lab = await ensureLab(9);
    k = await launchKdeploy(mkdtempSync(join(tmpdir(), 'kd-e2e-')));
  });
  afterAll(async () => {
    // Leave lab6-lab8 bare for the next run: the cluster comes off through the API.
    if (k) {
      const phase = (await api('GET', `/clusters/${CLUSTER}`).catch(() => undefined))?.json['phase'];
      const del = phase && phase !== 'removed' ? await api('DELETE', `/clusters/${CLUSTER}`).catch(() => undefined) : undefined;
      if (del?.status === 202) await stream(k, () => undefined);
      await k.stop();
    }
  });

  it('prints the API and a token once, keeps its secrets 0600, and answers health for every service', async () => {
    const text = k.output.join('');
    expect(text).toContain(`API:     ${k.url}`);
    for (const f of ['api-token', 'pki-store.key', 'gateway-store.key', 'api-token-hashes'])
      expect(statSync(join(k.stateDir, f)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(k.stateDir, 'api-token'), 'utf8').trim()).toBe(k.token);
    const health = await fetch(`${k.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({
      status: 'ok',
      store: 'ok',
      services: { pki: 'SERVING', etcd: 'SERVING', master: 'SERVING', node: 'SERVING', network: 'SERVING' },
    });
  });

  it('prints the plan of every service with --dry-run and changes no host', async () => {
    const specFile = join(k.stateDir, 'cluster.yaml');
    writeFileSync(specFile, stringify(clusterSpec()));
    const { code, out } = await runCli(k, ['up', '-f', specFile, '--dry-run']);
    expect(code).toBe(0);
    expect(out).toMatch(/^pki:\n {2}pki-service: 3 change\(s\)\n {4}CREATE {2}kubernetes-ca/);
    // Before the first deploy there are no CAs: etcd's plan says every certificate would be signed, and the dry run creates none.
    for (const host of HOSTS) expect(out).toMatch(new RegExp(`${host}: \\d+ change\\(s\\)`));
    expect(out).toContain('sign a new server certificate (the cluster has no etcd CA yet)');
    expect(await bare(lab)).toEqual(['', '', '']);
    expect((await api('GET', '/clusters')).json['items']).toEqual([]);
  });

  it('deploys a working cluster (lab6 the master, lab7 and lab8 nodes, etcd on all three) with the CLI, through a SIGKILL of the gateway during the control-plane stage', async () => {
    const specFile = join(k.stateDir, 'cluster.yaml');
    writeFileSync(specFile, stringify(clusterSpec()));
    const child = spawn(process.execPath, ['dist/apps/cli/main.js', 'up', '-f', specFile], {
      cwd: repoRoot(),
      env: { ...process.env, KDEPLOY_GATEWAY: k.url, KDEPLOY_TOKEN_FILE: join(k.stateDir, 'api-token') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cli = { code: new Promise((r) => child.once('exit', (c) => r(c))), out: [] };
    child.stdout.on('data', (d: Buffer) => cli.out.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => cli.out.push(d.toString()));

    // Watch the stream; in the control-plane stage, check the busy refusal, note the CAs, then kill the gateway.
    // The master stage has one host here (lab6): its first finished step is the moment.
    const seen: SseEvent[] = [];
    await waitFor(
      async () => (await api('GET', `/clusters/${CLUSTER}`)).status === 200,
      30_000,
      () => cli.out.join(''),
    );
    const inMaster = new Promise<void>((resolve) => {
      void stream(k, (e) => {
        seen.push(e);
        if (e.event === 'host-step-finished' && e.data['stage'] === 'master') resolve();
      }).catch(() => undefined);
    });
    await inMaster;
    const busy = await api('POST', '/clusters', clusterSpec());
    expect(busy.status).toBe(409);
    const casBefore = await cas();
    const gatewayPid = k.pid('gateway');
    process.kill(gatewayPid, 'SIGKILL');
    await waitFor(
      () => k.output.join('').includes('gateway exited (SIGKILL); starting it again'),
      10_000,
      () => k.output.join(''),
    );

    expect(await cli.code).toBe(0);
    const out = cli.out.join('');
    expect(k.pid('gateway')).not.toBe(gatewayPid);
    for (const host of HOSTS) expect(out).toMatch(new RegExp(`etcd +${host} +\\S+ +.+\\(\\d+\\.\\ds\\)`));
    expect(out).toMatch(/pki +started/);
    expect(out).toMatch(/resumed deploy job: pki, etcd, master, node, join, network, addons, smoke/);
    expect(out).toMatch(/job done in \d+\.\ds/);
    // every part of the spec is deployed: nothing is named as left out
    expect(out).not.toContain('not deployed');

    // The stored state: every stage done with timings, every host done; the CAs from before the kill.
    const view = (await api('GET', `/clusters/${CLUSTER}`)).json;
    expect(view['phase']).toBe('ready');
    expect(view['job'].stages.map((s: { id: string; state: string }) => [s.id, s.state])).toEqual(
      ['pki', 'etcd', 'master', 'node', 'join', 'network', 'addons', 'smoke'].map((id) => [id, 'done']),
    );
    for (const host of HOSTS) expect(view['job'].stages[1].hosts[host]).toMatchObject({ state: 'done', durationMs: expect.any(Number) });
    // with the etcd subnet manager the pod network waits for etcd and the nodes, not the control plane
    expect(view['job'].stages.find((s: { id: string }) => s.id === 'network').needs).toEqual(['etcd', 'node']);
    expect(await cas()).toEqual(casBefore);
    expect(JSON.stringify(view)).not.toContain('PRIVATE KEY');

    // The event stream, replayed from the store, shows every stage: pki and etcd once, master twice (interrupted, resumed).
    const all: SseEvent[] = [];
    await stream(k, (e) => all.push(e));
    expect(all.map((e) => e.id)).toEqual(all.map((_e, i) => i + 1));
    const starts = all.filter((e) => e.event === 'stage-started').map((e) => String(e.data['stage']));
    expect(starts.filter((x) => x === 'pki')).toHaveLength(1);
    expect(starts.filter((x) => x === 'etcd')).toHaveLength(1);
    expect(starts.filter((x) => x === 'master')).toHaveLength(2);
    // the nodes are prepared while etcd comes up, not after the control plane
    expect(starts.indexOf('node')).toBeLessThan(starts.indexOf('master'));
    expect(all.filter((e) => e.event === 'job-started').map((e) => e.data['resumed'])).toEqual([false, true]);
    for (const host of HOSTS) expect(all.some((e) => e.event === 'host-step-finished' && e.data['host'] === host)).toBe(true);
    expect(all[all.length - 1]).toMatchObject({ event: 'job-finished', data: { state: 'done' } });
    expect(JSON.stringify(all)).not.toMatch(/PRIVATE KEY/);

    // Healthy over mTLS: the installer's Status, and etcdctl on a member with the member's client certificate.
    const etcd = createGrpcClient(loadKdeployPackage().kdeploy.etcd.v1.EtcdInstaller, `127.0.0.1:${k.ports.etcd}`, {
      deadlineMs: 60_000,
      tls: k.operatorTls,
    });
    try {
      const target = {
        clusterId: CLUSTER,
        hosts: lab.hosts
          .filter((h) => HOSTS.includes(h.name))
          .map((h) => ({ name: h.name, address: h.address, roles: ['ROLE_ETCD' as const] })),
        ssh: { user: 'root', privateKey: readFileSync(lab.privateKeyFile, 'utf8'), knownHosts: readFileSync(lab.knownHostsFile, 'utf8') },
      };
      const status = await etcd.unary('Status', { target, spec: {}, pki: { service: { address: `127.0.0.1:${k.ports.pki}` } } });
      expect(status.healthy).toBe(true);
      expect(status.members.map((m) => m.name).sort()).toEqual(HOSTS);
    } finally {
      etcd.close();
    }
    const lab6 = lab.hosts.find((h) => h.name === 'lab6')!;
    const endpoints = lab.hosts
      .filter((h) => HOSTS.includes(h.name))
      .map((h) => `https://${h.address}:2379`)
      .join(',');
    const pki = '/etc/etcd/pki';
    const health = await labSsh(
      lab,
      lab6,
      `etcdctl --endpoints ${endpoints} --cacert ${pki}/ca.crt --cert ${pki}/healthcheck-client.crt --key ${pki}/healthcheck-client.key endpoint health -w json`,
    );
    expect(health.code).toBe(0);
    expect((JSON.parse(health.stdout) as { health: boolean }[]).map((e) => e.health)).toEqual([true, true, true]);
    const noCert = await labSsh(
      lab,
      lab6,
      `etcdctl --endpoints https://${lab6.address}:2379 --cacert ${pki}/ca.crt --dial-timeout 3s endpoint health`,
    );
    expect(noCert.code).not.toBe(0);

    // Leaf keys are ECDSA P-256 (the spec's default), made on the hosts and by pki-service alike; the CAs are RSA.
    const keys = await labSsh(
      lab,
      lab6,
      `for k in ${pki}/server.key /etc/kubernetes/pki/apiserver.key /etc/kubernetes/pki/apiserver-etcd-client.key; do openssl pkey -in $k -noout -text | grep -o 'ASN1 OID: [a-z0-9]*'; done; openssl x509 -in ${pki}/ca.crt -noout -text | grep -o 'Public-Key: ([0-9]* bit)'`,
    );
    expect(keys.stdout.trim().split('\n')).toEqual([...Array(3).fill('ASN1 OID: prime256v1'), 'Public-Key: (2048 bit)']);

    // The cluster works: the admin kubeconfig from the gateway, both nodes Ready, CoreDNS and metrics-server running.
    const kubeconfigFile = join(k.stateDir, 'admin.kubeconfig');
    const got = await runCli(k, ['kubeconfig', CLUSTER, '-o', kubeconfigFile]);
    expect(got.code).toBe(0);
    expect(statSync(kubeconfigFile).mode & 0o777).toBe(0o600);
    const gatewayLog = readFileSync(join(k.stateDir, 'logs', 'gateway.log'), 'utf8');
    expect(gatewayLog).toMatch(/"audit":"kubeconfig-issued".*"cluster":"gw-lab"/);
    expect(gatewayLog).not.toContain('PRIVATE KEY');
    const kubectl = kubectlWith(lab, readFileSync(kubeconfigFile, 'utf8'));
    expect(await readyNodes(kubectl)).toBe('lab7=True lab8=True');
    const available = await kubectl(
      'get',
      'deployments',
      '-n',
      'kube-system',
      '-o',
      'jsonpath={range .items[*]}{.metadata.name}={.status.availableReplicas} {end}',
    );
    expect(available.trim()).toBe('coredns=2 metrics-server=1');
    deployed = {
      kubectl,
      kubeconfig: readFileSync(kubeconfigFile, 'utf8'),
      image: bundleEntry(lab, 'image-busybox').image,
      domain: parseClusterSpec(clusterSpec()).spec.network.clusterDomain,
    };

    // Now the dry run plans every host through etcd-installer's Plan, and pki-service through
    // InitCluster's dry run: an applied cluster plans nothing, as its re-apply changes nothing.
    const plan = await runCli(k, ['up', '-f', specFile, '--dry-run']);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain('  pki-service: no changes');
    for (const host of HOSTS) expect(plan.out).toContain(`  ${host}: no changes`);
  });

  describe('on the deployed cluster', () => {
    clusterFeatureTests(() => {
      if (!deployed) throw new Error('the cluster was not deployed');
      return deployed;
    });
  });

  it('runs lab8 on Docker Engine through cri-dockerd: daemon.json from the spec, pods reachable from lab7, logs and exec', async () => {
    if (!deployed) throw new Error('the cluster was not deployed');
    const { kubectl, image, domain } = deployed;
    const runtimes = await kubectl(
      'get',
      'nodes',
      '-o',
      'jsonpath={range .items[*]}{.metadata.name}={.status.nodeInfo.containerRuntimeVersion} {end}',
    );
    expect(runtimes.trim().split(' ')).toEqual([
      expect.stringMatching(/^lab7=containerd:\/\/2\./),
      expect.stringMatching(/^lab8=docker:\/\/28\./),
    ]);

    const spec = clusterSpec().spec;
    const daemon = JSON.parse(await onHost(lab, 'lab8', 'cat /etc/docker/daemon.json')) as Record<string, unknown>;
    expect(daemon['registry-mirrors']).toEqual(spec.containerRuntime?.registryMirrors?.[0].endpoints);
    expect(daemon['insecure-registries']).toEqual(spec.containerRuntime?.insecureRegistries);
    expect(daemon['log-opts']).toEqual({ 'max-size': '20m', 'max-file': '4' });
    const info = await onHost(lab, 'lab8', "docker info --format '{{json .RegistryConfig.Mirrors}} {{.CgroupDriver}} {{.Driver}}'");
    expect(info.trim()).toBe(
      `${JSON.stringify(spec.containerRuntime?.registryMirrors?.[0].endpoints.map((e) => `${e}/`))} systemd overlay2`,
    );
    // Docker made no network of its own: no docker0, no DOCKER chains
    expect(await onHost(lab, 'lab8', 'ip link show docker0 2>&1; iptables-save | grep -c DOCKER; true')).toMatch(
      /does not exist[\s\S]*^0$/m,
    );

    // a server on lab7 (containerd), a client on lab8 (Docker): pod to pod across the runtimes and nodes
    await kubectl('create', 'namespace', 'kd-docker');
    const pod = (name: string, node: string, command: string[]) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'kd-docker', labels: { app: name } },
      spec: {
        nodeName: node,
        terminationGracePeriodSeconds: 1,
        containers: [{ name: 'main', image, imagePullPolicy: 'Never', command }],
      },
    });
    const file = join(k.stateDir, 'docker-pods.json');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          pod('server', 'lab7', ['sh', '-c', 'mkdir -p /www && echo served-by-lab7 > /www/index.html && exec httpd -f -p 8080 -h /www']),
          pod('client', 'lab8', ['sh', '-c', 'echo hello-from-docker; exec sleep 3600']),
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'server', namespace: 'kd-docker' },
            spec: { selector: { app: 'server' }, ports: [{ port: 80, targetPort: 8080 }] },
          },
        ],
      }),
    );
    await kubectl('apply', '-f', file);
    await kubectl('wait', '-n', 'kd-docker', '--for=condition=Ready', 'pod/server', 'pod/client', '--timeout=90s');
    const serverIp = (await kubectl('get', 'pod', 'server', '-n', 'kd-docker', '-o', 'jsonpath={.status.podIP}')).trim();
    expect(await kubectl('exec', '-n', 'kd-docker', 'client', '--', 'wget', '-qO-', `http://${serverIp}:8080/`)).toBe('served-by-lab7\n');
    // and through a Service, by its ClusterIP and by its DNS name: kube-proxy and CoreDNS serve the Docker node's pods too
    // (timeout, not wget's -T: the bundle's busybox 1.35 wget crashes on -T)
    const clusterIp = (await kubectl('get', 'service', 'server', '-n', 'kd-docker', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    for (const target of [clusterIp, `server.kd-docker.svc.${domain}`]) {
      let got: unknown;
      const ask = () => kubectl('exec', '-n', 'kd-docker', 'client', '--', 'sh', '-c', `timeout 3 wget -qO- http://${target}/`);
      await waitFor(
        async () => (got = await ask().catch((e: Error) => e.message)) === 'served-by-lab7\n',
        20_000,
        () => `${target}: ${String(got)}`,
      );
    }
    expect(await kubectl('logs', '-n', 'kd-docker', 'client')).toBe('hello-from-docker\n');
    // the pod is Docker's: its container is there under cri-dockerd's name
    expect(await onHost(lab, 'lab8', "docker ps --filter name=k8s_main_client_kd-docker --format '{{.Names}} {{.State}}'")).toMatch(
      /^k8s_main_client_kd-docker_\S+ running\n$/,
    );
    await kubectl('delete', 'namespace', 'kd-docker', '--wait=false');
  });

  it('adds a node with `kdeploy add-nodes` touching no other host, and removes it with `kdeploy remove-node`, drained first', async () => {
    if (!deployed) throw new Error('the cluster was not deployed');
    const { kubectl } = deployed;
    const added = lab.hosts.find((h) => h.name === ADDED)!;
    const before = await fingerprints();
    const jobs = () => api('GET', `/clusters/${CLUSTER}`).then((r) => r.json['jobs'].length as number);
    const jobsBefore = await jobs();

    const add = await runCli(k, ['add-nodes', CLUSTER, `${ADDED}=${added.address}`]);
    expect([add.code, add.out]).toEqual([0, expect.stringMatching(/job done in/)]);
    const view = (await api('GET', `/clusters/${CLUSTER}`)).json;
    expect(view['job']).toMatchObject({ kind: 'add-nodes', state: 'done' });
    // every host a stage reported on is the new one (or pki-service learning it, the API for the token and the smoke check)
    const reported = new Set(view['job'].stages.flatMap((s: { hosts: Record<string, unknown> }) => Object.keys(s.hosts)));
    expect([...reported].sort()).toEqual(['kubernetes-api', ADDED, 'pki-service']);
    expect(await readyNodes(kubectl)).toBe('lab7=True lab8=True lab9=True');
    expect(await fingerprints()).toEqual(before);
    expect(view['spec'].spec.hosts.map((h: { name: string }) => h.name)).toEqual([...HOSTS, ADDED]);

    // a workload that prefers the new node is there when it is removed: the drain moves it
    await kubectl('create', 'namespace', 'kd-day2');
    const image = deployed.image;
    const prefers = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'prefers-lab9', namespace: 'kd-day2' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'prefers-lab9' } },
        template: {
          metadata: { labels: { app: 'prefers-lab9' } },
          spec: {
            terminationGracePeriodSeconds: 1,
            affinity: {
              nodeAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, preference: { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [ADDED] }] } },
                ],
              },
            },
            containers: [{ name: 'main', image, imagePullPolicy: 'Never', command: ['sleep', '3600'] }],
          },
        },
      },
    };
    const file = join(k.stateDir, 'prefers.json');
    writeFileSync(file, JSON.stringify(prefers));
    await kubectl('apply', '-f', file);
    await kubectl('rollout', 'status', 'deployment/prefers-lab9', '-n', 'kd-day2', '--timeout=90s');
    const where = () => kubectl('get', 'pods', '-n', 'kd-day2', '-o', 'jsonpath={.items[*].spec.nodeName}').then((s) => s.trim());
    expect(await where()).toBe(ADDED);

    const remove = await runCli(k, ['remove-node', CLUSTER, ADDED]);
    expect([remove.code, remove.out]).toEqual([0, expect.stringMatching(/job done in/)]);
    expect(remove.out).toMatch(
      new RegExp(`${ADDED} cordoned[\\s\\S]*evicting kd-day2/prefers-lab9-[\\s\\S]*${ADDED} drained[\\s\\S]*Node ${ADDED} deleted`),
    );
    await kubectl('rollout', 'status', 'deployment/prefers-lab9', '-n', 'kd-day2', '--timeout=90s');
    expect(['lab7', 'lab8']).toContain(await where());
    expect((await kubectl('get', 'nodes', '-o', 'jsonpath={.items[*].metadata.name}')).trim()).toBe('lab7 lab8');
    expect(await bare(lab, [ADDED])).toEqual(['']);
    const after = (await api('GET', `/clusters/${CLUSTER}`)).json;
    expect(after['phase']).toBe('ready');
    expect(after['spec'].spec.hosts.map((h: { name: string }) => h.name)).toEqual(HOSTS);
    expect(await jobs()).toBe(jobsBefore + 2);
    expect(await fingerprints()).toEqual(before);
    await kubectl('delete', 'namespace', 'kd-day2', '--wait=false');
  });

  it('re-applies through the API with 0 changes and no restart anywhere; the smoke stage then runs its quick check', async () => {
    const before = await fingerprints();
    const { code, out } = await runCli(k, ['up', '-f', join(k.stateDir, 'cluster.yaml')]);
    expect([code, out]).toEqual([0, expect.stringMatching(/job done in/)]);
    const view = (await api('GET', `/clusters/${CLUSTER}`)).json;
    expect(view['job']).toMatchObject({ kind: 'deploy', state: 'done' });
    const all: SseEvent[] = [];
    await stream(k, (e) => all.push(e));
    const mine = all.slice(all.map((e) => e.event).lastIndexOf('job-started'));
    const changed = mine
      .filter((e) => e.event === 'host-step-finished' && e.data['outcome'] === 'changed')
      .map((e) => `${String(e.data['host'])} ${String(e.data['hostStep'])}`);
    // the bootstrap token is made and deleted within the join: the only step that writes anything
    expect(changed).toEqual(['kubernetes-api join/bootstrap-token']);
    expect(mine.some((e) => e.event === 'log' && String(e.data['message']).startsWith('nothing changed: the quick check'))).toBe(true);
    expect(await fingerprints()).toEqual(before);
  });

  it("restarts Docker once, on lab8 only, for a changed Docker setting; lab7's units and files stay as they were", async () => {
    const before = await fingerprints();
    const pids = () => onHost(lab, 'lab8', 'systemctl show -p MainPID --value docker cri-docker');
    const dockerBefore = await pids();
    const spec = clusterSpec();
    const runtime = { ...spec.spec.containerRuntime, docker: { logMaxSize: '20m', logMaxFiles: 6 } };
    const post = await api('POST', '/clusters', { ...spec, spec: { ...spec.spec, containerRuntime: runtime } });
    expect(post.status).toBe(202);
    const all: SseEvent[] = [];
    await stream(k, (e) => all.push(e));
    const mine = all.slice(all.map((e) => e.event).lastIndexOf('job-started'));
    expect((await api('GET', `/clusters/${CLUSTER}`)).json['job']).toMatchObject({ kind: 'deploy', state: 'done' });
    const changed = mine
      .filter((e) => e.event === 'host-step-finished' && e.data['outcome'] === 'changed')
      .map((e) => `${String(e.data['host'])} ${String(e.data['hostStep'])}`);
    expect(changed).toEqual(['lab8 node/docker', 'kubernetes-api join/bootstrap-token']);
    expect(JSON.parse(await onHost(lab, 'lab8', 'cat /etc/docker/daemon.json'))['log-opts']).toEqual({
      'max-size': '20m',
      'max-file': '6',
    });
    const dockerAfter = await pids();
    expect(dockerAfter.split('\n')[0]).not.toBe(dockerBefore.split('\n')[0]);
    const after = await fingerprints();
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect([after.master, after.network]).toEqual([before.master, before.network]);
  });

  it('removes the cluster with `kdeploy delete --purge-pki`, leaving lab6-lab8 bare and its CAs gone last', async () => {
    expect(await cas()).toHaveLength(3);
    const { code, out } = await runCli(k, ['delete', CLUSTER, '--purge-pki']);
    expect(code).toBe(0);
    expect(out).toMatch(/started remove job: /);
    expect(out).toMatch(/job done in/);
    expect(out.indexOf('Delete the cluster PKI')).toBeGreaterThan(out.indexOf('etcd '));
    expect(await bare(lab)).toEqual(['', '', '']);
    expect(
      await cas().then(
        () => 'still there',
        (e: Error) => e.message,
      ),
    ).toMatch(/NOT_FOUND/);
    const status = await runCli(k, ['status', CLUSTER]);
    expect(status.out).toMatch(/^cluster gw-lab: removed\njob \S+ \(remove\): done in/);
  });
});
