import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The bundle's kubectl bound to the admin kubeconfig (libs/testing's kubectlWith). */
export type Kubectl = (...args: string[]) => Promise<string>;

/** The namespace every feature check works in; the second one is for the namespace check. */
export const NS = 'kd-features';
export const OTHER_NS = 'kd-features-b';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value; a timeout names what was awaited and the last answer or error. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000, everyMs = 1000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
      last = 'not yet';
    } catch (e) {
      last = (e as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s (last: ${String(last)})`);
    await sleep(everyMs);
  }
}

/** kubectl apply of objects written to a temp file (kubectlWith has no stdin). */
export async function apply(kubectl: Kubectl, ...objects: object[]): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'kd-features-')), 'objects.json');
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  await kubectl('apply', '-f', file);
}

const container = (image: string, name: string, script: string, extra: object = {}) => ({
  name,
  image,
  imagePullPolicy: 'Never',
  command: ['sh', '-c', script],
  ...extra,
});

/** A pod of busybox containers, each running its script. */
export function podOf(image: string, name: string, scripts: Record<string, string>, spec: object = {}, labels: object = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: NS, labels },
    spec: {
      terminationGracePeriodSeconds: 1,
      containers: Object.entries(scripts).map(([n, s]) => container(image, n, s)),
      ...spec,
    },
  };
}

/**
 * `web`: two busybox httpd replicas answering with their pod name, spread one per node, ready
 * only when they serve, and a rolling update that may add one pod and never take one away.
 */
export function webDeployment(image: string, version: string) {
  const labels = { app: 'web' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: NS },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 1,
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'DoNotSchedule',
              labelSelector: { matchLabels: labels },
            },
          ],
          containers: [
            container(image, 'httpd', 'mkdir -p /www && echo "$POD_NAME" > /www/index.html && exec httpd -f -p 8080 -h /www', {
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'VERSION', value: version },
              ],
              ports: [{ containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 1 },
              resources: { requests: { cpu: '10m' } },
            }),
          ],
        },
      },
    },
  };
}

export const webService = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: NS },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
};

interface DeploymentStatus {
  metadata: { generation: number };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number; readyReplicas?: number };
}

export async function deploymentStatus(kubectl: Kubectl, name: string): Promise<DeploymentStatus> {
  return JSON.parse(await kubectl('get', 'deployment', name, '-n', NS, '-o', 'json')) as DeploymentStatus;
}

/** The pods of `web` as name -> node, once `count` of them are Ready. */
export async function readyWebPods(kubectl: Kubectl, count: number): Promise<Map<string, string>> {
  return until(`${count} ready web pods`, async () => {
    const list = JSON.parse(await kubectl('get', 'pods', '-n', NS, '-l', 'app=web', '-o', 'json')) as {
      items: {
        metadata: { name: string; deletionTimestamp?: string };
        spec: { nodeName?: string };
        status: { conditions?: { type: string; status: string }[] };
      }[];
    };
    const ready = list.items.filter(
      (p) => !p.metadata.deletionTimestamp && p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
    );
    return ready.length === count && list.items.length === count
      ? new Map(ready.map((p) => [p.metadata.name, p.spec.nodeName ?? '']))
      : undefined;
  });
}

/** An HTTPS request to the apiserver with a bearer token, verified against the kubeconfig's CA. */
export function asToken(kubeconfig: string, token: string, path: string): Promise<{ status: number; body: string }> {
  const kc = parse(kubeconfig) as { clusters: { cluster: { server: string; 'certificate-authority-data': string } }[] };
  const { server, 'certificate-authority-data': ca } = kc.clusters[0].cluster;
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, server),
      { ca: Buffer.from(ca, 'base64'), headers: { authorization: `Bearer ${token}` }, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
