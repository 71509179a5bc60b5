import {
  apply,
  asToken,
  deploymentStatus,
  Kubectl,
  NS,
  OTHER_NS,
  podOf,
  readyWebPods,
  until,
  webDeployment,
  webService,
} from './cluster-features';

/** What the feature tests need from the deployed cluster. */
export interface DeployedCluster {
  kubectl: Kubectl;
  kubeconfig: string;
  image: string;
  domain: string;
}

/**
 * What the classic guide says Kubernetes gives, each checked by doing it on the cluster kdeploy
 * deployed (never by reading a status kdeploy wrote). Registered inside the e2e's describe,
 * after the deploy test, in this order: `web` is made once and used by the later checks.
 */
export function clusterFeatureTests(cluster: () => DeployedCluster): void {
  const k = (...args: string[]) => cluster().kubectl(...args);
  // the namespace goes first: after `exec POD --` every word is the command's
  const inNs = (...args: string[]) => k('-n', NS, ...args);
  const podReady = (name: string, ns = NS) => k('wait', '--for=condition=Ready', `pod/${name}`, '-n', ns, '--timeout=90s');

  it('runs two containers of a pod on one shared volume', async () => {
    const { image } = cluster();
    await k('create', 'namespace', NS);
    const pod = podOf(
      image,
      'shared',
      { writer: 'echo written-by-writer > /data/note && exec sleep 3600', reader: 'exec sleep 3600' },
      { volumes: [{ name: 'data', emptyDir: {} }] },
    );
    const mounted = pod.spec.containers.map((c) => ({ ...c, volumeMounts: [{ name: 'data', mountPath: '/data' }] }));
    await apply(cluster().kubectl, { ...pod, spec: { ...pod.spec, containers: mounted } });
    await podReady('shared');
    expect((await inNs('exec', 'shared', '-c', 'reader', '--', 'cat', '/data/note')).trim()).toBe('written-by-writer');
  });

  it('restarts a container whose liveness probe fails', async () => {
    const { image } = cluster();
    const pod = podOf(image, 'liveness', { main: 'touch /tmp/healthy && sleep 4 && rm /tmp/healthy && exec sleep 3600' });
    const probe = { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 1, periodSeconds: 1, failureThreshold: 2 };
    await apply(cluster().kubectl, { ...pod, spec: { ...pod.spec, containers: [{ ...pod.spec.containers[0], livenessProbe: probe }] } });
    const restarts = await until('a restart by the liveness probe', async () => {
      const n = Number(await inNs('get', 'pod', 'liveness', '-o', 'jsonpath={.status.containerStatuses[0].restartCount}'));
      return n >= 1 ? n : undefined;
    });
    expect(restarts).toBeGreaterThanOrEqual(1);
    const events = await inNs('get', 'events', '--field-selector', 'involvedObject.name=liveness', '-o', 'jsonpath={.items[*].message}');
    expect(events).toMatch(/Liveness probe failed/);
  });

  it('replaces a deleted pod of a Deployment, and a Service balances across replicas on different nodes', async () => {
    const { image, kubectl } = cluster();
    await apply(kubectl, webDeployment(image, '1'), webService);
    const before = await readyWebPods(kubectl, 2);
    expect(new Set(before.values()).size).toBe(2); // one replica per node
    const [victim] = before.keys();
    await inNs('delete', 'pod', victim, '--wait=false');
    const after = await until('a replacement for the deleted pod', async () => {
      const pods = await readyWebPods(kubectl, 2);
      return pods.has(victim) ? undefined : pods;
    });
    expect([...after.keys()].filter((p) => !before.has(p))).toHaveLength(1);

    await apply(kubectl, podOf(image, 'client', { main: 'exec sleep 3600' }));
    await podReady('client');
    // 30 requests by the Service's short name: both replicas answer (kube-proxy picks a backend at random)
    const answers = await inNs('exec', 'client', '--', 'sh', '-c', 'for i in $(seq 30); do timeout 3 wget -qO- http://web; done');
    expect(new Set(answers.trim().split('\n'))).toEqual(new Set(after.keys()));
  });

  it('resolves Services by name through cluster DNS', async () => {
    const ip = (await inNs('get', 'service', 'web', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    const fqdn = `web.${NS}.svc.${cluster().domain}`;
    const answer = await inNs('exec', 'client', '--', 'nslookup', fqdn);
    expect(answer).toContain(`Name:\t${fqdn}`);
    expect(answer).toContain(`Address: ${ip}`);
    const kube = await inNs('exec', 'client', '--', 'nslookup', `kubernetes.default.svc.${cluster().domain}`);
    expect(kube).toContain(`Address: ${(await k('get', 'service', 'kubernetes', '-o', 'jsonpath={.spec.clusterIP}')).trim()}`);
  });

  it('rolls out a new version without ever going below the replica count', async () => {
    const { image, kubectl } = cluster();
    const generation = (await deploymentStatus(kubectl, 'web')).metadata.generation;
    await apply(kubectl, webDeployment(image, '2'));
    let fewest = Infinity;
    let most = 0;
    await until(
      'the rollout of version 2',
      async () => {
        const d = await deploymentStatus(kubectl, 'web');
        const s = d.status ?? {};
        fewest = Math.min(fewest, s.availableReplicas ?? 0);
        most = Math.max(most, s.replicas ?? 0);
        const done = d.metadata.generation > generation && (s.observedGeneration ?? 0) >= d.metadata.generation;
        return done && s.updatedReplicas === 2 && s.replicas === 2 && s.availableReplicas === 2 ? true : undefined;
      },
      120_000,
      200,
    );
    expect(fewest).toBeGreaterThanOrEqual(2);
    expect(most).toBe(3); // the surge pod existed: the rollout was watched while it happened
    const pods = await readyWebPods(kubectl, 2); // the old pods gone
    const env = await inNs('get', 'pods', ...pods.keys(), '-o', 'jsonpath={.items[*].spec.containers[0].env[1].value}');
    expect(env.trim().split(' ')).toEqual(['2', '2']);
  });

  it('scales on CPU: a HorizontalPodAutoscaler reads the pods’ CPU from the metrics API', async () => {
    await apply(cluster().kubectl, {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web', namespace: NS },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 2,
        maxReplicas: 3,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
      },
    });
    const utilisation = await until(
      'a CPU utilisation in the HPA',
      async () => {
        const v = await inNs('get', 'hpa', 'web', '-o', 'jsonpath={.status.currentMetrics[0].resource.current.averageUtilization}');
        return v.trim() === '' ? undefined : Number(v);
      },
      180_000,
      2000,
    );
    expect(Number.isInteger(utilisation)).toBe(true);
    expect(await inNs('get', 'hpa', 'web', '-o', 'jsonpath={.status.conditions[?(@.type=="ScalingActive")].status}')).toBe('True');
  });

  it('refuses a ServiceAccount until a RoleBinding allows it, and only where it allows it', async () => {
    const { kubectl, kubeconfig } = cluster();
    await inNs('create', 'serviceaccount', 'reader');
    const token = (await inNs('create', 'token', 'reader', '--duration=10m')).trim();
    const pods = `/api/v1/namespaces/${NS}/pods`;
    const refused = await asToken(kubeconfig, token, pods);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain(`system:serviceaccount:${NS}:reader`);
    await apply(
      kubectl,
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: 'pod-reader', namespace: NS },
        rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'reader-reads-pods', namespace: NS },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
        subjects: [{ kind: 'ServiceAccount', name: 'reader', namespace: NS }],
      },
    );
    const allowed = await until('the RoleBinding to take effect', async () => {
      const r = await asToken(kubeconfig, token, pods);
      return r.status === 200 ? r : undefined;
    });
    expect((JSON.parse(allowed.body) as { items: { metadata: { name: string } }[] }).items.map((p) => p.metadata.name)).toContain('client');
    expect((await asToken(kubeconfig, token, '/api/v1/namespaces/kube-system/pods')).status).toBe(403);
    expect((await asToken(kubeconfig, token, `${pods}/client`)).status).toBe(200);
  });

  it('selects by namespace and by label: lists and a Service’s endpoints hold only what matches', async () => {
    const { image, kubectl } = cluster();
    await k('create', 'namespace', OTHER_NS);
    const sleeper = (name: string, ns: string, tier: string) => ({
      ...podOf(image, name, { main: 'exec sleep 3600' }, {}, { tier }),
      metadata: { name, namespace: ns, labels: { tier } },
    });
    await apply(kubectl, sleeper('front-1', NS, 'front'), sleeper('back-1', NS, 'back'), sleeper('front-b', OTHER_NS, 'front'), {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'front', namespace: NS },
      spec: { selector: { tier: 'front' }, ports: [{ port: 80 }] },
    });
    for (const [name, ns] of [
      ['front-1', NS],
      ['back-1', NS],
      ['front-b', OTHER_NS],
    ])
      await podReady(name, ns);
    const names = async (...args: string[]) => (await k('get', 'pods', ...args, '-o', 'jsonpath={.items[*].metadata.name}')).trim();
    expect(await names('-n', NS, '-l', 'tier=front')).toBe('front-1');
    expect(await names('-n', OTHER_NS, '-l', 'tier=front')).toBe('front-b');
    expect(await names('-n', NS, '-l', 'tier!=front,tier')).toBe('back-1');
    expect((await names('-A', '-l', 'tier=front')).split(' ').sort()).toEqual(['front-1', 'front-b']);
    const frontIp = (await inNs('get', 'pod', 'front-1', '-o', 'jsonpath={.status.podIP}')).trim();
    const endpoints = await until('the front Service’s endpoints', async () => {
      const v = await inNs(
        'get',
        'endpointslices',
        '-l',
        'kubernetes.io/service-name=front',
        '-o',
        'jsonpath={.items[*].endpoints[*].addresses[*]}',
      );
      return v.trim() || undefined;
    });
    expect(endpoints.split(' ')).toEqual([frontIp]);
  });

  afterAll(async () => {
    // the namespaces go without waiting: later tests do not need them gone
    await k('delete', 'namespace', NS, OTHER_NS, '--wait=false', '--ignore-not-found').catch(() => undefined);
  });
}
