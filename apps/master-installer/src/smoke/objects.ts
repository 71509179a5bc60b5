import { randomBytes } from 'node:crypto';
import type { KubeObject } from '@kdeploy/kube-api';
import { MANAGED_BY } from '../addons/objects';

/**
 * The smoke check's own namespace, new for every check and deleted after it without waiting (a
 * namespace takes seconds to go). A new name also keeps CoreDNS's 30 s cache from answering with
 * the last check's Service.
 */
export const smokeNamespace = () => `kdeploy-smoke-${randomBytes(3).toString('hex')}`;
/** Marks the smoke check's namespaces, so a check can clear what an earlier one left. */
export const SMOKE_LABEL = { 'kdeploy.io/smoke-check': 'true' };
export const SERVICE = 'smoke';
export const CHECKER = 'kdeploy-smoke-check';
/** The checker pod's ephemeral container, which runs CHECK_SCRIPT. */
export const CHECK_CONTAINER = 'check';
const SERVER_LABEL = { app: 'kdeploy-smoke-server' };
const PORT = 8080;

type Obj = KubeObject & Record<string, unknown>;

const container = (image: string, command: string[], env: Record<string, string> = {}) => ({
  name: 'main',
  image,
  imagePullPolicy: 'Never',
  command,
  env: Object.entries(env).map(([name, value]) => ({ name, value })),
  securityContext: {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    runAsNonRoot: true,
    runAsUser: 65534,
    runAsGroup: 65534,
    seccompProfile: { type: 'RuntimeDefault' },
  },
});

export const namespace = (ns: string): Obj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: ns, labels: { ...MANAGED_BY, ...SMOKE_LABEL } },
});

export const serverName = (node: string) => `kdeploy-smoke-${node}`;

/** A pod pinned to `node` answering HTTP on 8080 with the node's name. */
export function serverPod(ns: string, image: string, node: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: serverName(node), namespace: ns, labels: { ...SERVER_LABEL, ...MANAGED_BY } },
    spec: {
      nodeName: node,
      terminationGracePeriodSeconds: 1,
      containers: [
        container(
          image,
          ['sh', '-c', `mkdir -p /tmp/www && printf %s "$NODE" > /tmp/www/index.html && exec httpd -f -p ${PORT} -h /tmp/www`],
          {
            NODE: node,
          },
        ),
      ],
    },
  };
}

/** The Service over every server pod. */
export const service = (ns: string): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: SERVICE, namespace: ns, labels: { ...MANAGED_BY } },
  spec: { selector: SERVER_LABEL, ports: [{ port: 80, targetPort: PORT }] },
});

/** What the checker pod checks, as its environment gives it. */
export interface CheckTargets {
  /** node name -> its server pod's IP */
  servers: Record<string, string>;
  serviceIp: string;
  /** name -> the ClusterIP it must resolve to; empty without DNS */
  names: Record<string, string>;
}

/**
 * The checks from inside the cluster, in busybox's sh: each server pod by its IP (its answer is
 * its node's name), the Service by its ClusterIP, each name through the cluster's DNS. Each check
 * is tried for up to 10 s, as kube-proxy and CoreDNS take a moment to see a Service just made.
 * One line per check, `ok` or `FAIL` and why; the pod fails when any check does.
 */
export const CHECK_SCRIPT = [
  'fail=0',
  'retry() { t=0; until "$@"; do t=$((t+1)); [ $t -ge 10 ] && return 1; sleep 1; done; }',
  `pod_ok() { got=$(timeout 3 wget -qO- http://$2:${PORT}/ 2>&1); [ "$got" = "$1" ]; }`,
  'svc_ok() { got=$(timeout 3 wget -qO- http://$SERVICE_IP/ 2>&1); [ -n "$got" ] && echo " $SERVERS" | grep -q " $got="; }',
  'dns_ok() { out=$(timeout 3 nslookup $1 2>&1); echo "$out" | sed -n "/^Name:/,\\$p" | grep -qE "^Address:[[:space:]]+$2\\$"; }',
  'for s in $SERVERS; do n=${s%%=*}; ip=${s#*=}',
  '  if retry pod_ok "$n" "$ip"; then echo "ok pod-to-pod $NODE -> $n ($ip)"; else echo "FAIL pod-to-pod $NODE -> $n ($ip): ${got:-no answer}"; fail=1; fi',
  'done',
  'if retry svc_ok; then echo "ok service $SERVICE_IP answered (by $got)"; else echo "FAIL service $SERVICE_IP: ${got:-no answer}"; fail=1; fi',
  'for d in $NAMES; do name=${d%%=*}; ip=${d#*=}',
  '  if retry dns_ok "$name" "$ip"; then echo "ok dns $name -> $ip"; else echo "FAIL dns $name: wanted $ip, got: $(echo $out)"; fail=1; fi',
  'done',
  // the last line carries the result: a log read sees it a relist sooner than the pod's status
  'echo "end $fail"',
  'exit $fail',
].join('\n');

const pairs = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/**
 * The checker pod on `node`, made beside the server pods: it only holds a sandbox (network
 * ready) until the check runs in it as an ephemeral container (`checkContainer`), since the
 * targets are known only once the server pods have their IPs.
 */
export function checkerPod(ns: string, image: string, node: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: CHECKER, namespace: ns, labels: { ...MANAGED_BY } },
    spec: {
      nodeName: node,
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 1,
      containers: [container(image, ['sleep', '600'])],
    },
  };
}

/** The check itself, added to the checker pod through its ephemeralcontainers subresource. */
export function checkContainer(image: string, node: string, t: CheckTargets): Record<string, unknown> {
  return {
    ...container(image, ['sh', '-c', CHECK_SCRIPT], {
      NODE: node,
      SERVERS: pairs(t.servers),
      SERVICE_IP: t.serviceIp,
      NAMES: pairs(t.names),
    }),
    name: CHECK_CONTAINER,
  };
}

/** The result line CHECK_SCRIPT ends with: its exit code, or undefined while it runs. */
export function checkResult(log: string): number | undefined {
  const m = /^end (\d+)$/m.exec(log);
  return m ? Number(m[1]) : undefined;
}
