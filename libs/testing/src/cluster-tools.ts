import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseManifest } from '@kdeploy/artifacts';
import { ApiAccess, kubeApi } from '@kdeploy/kube-api';
import { LabInfo } from './lab-info';
import { onHost } from './lab-ssh';

/** The bundle's entry of an artifact: its file and, for an image, its reference. */
export function bundleEntry(lab: LabInfo, name: string): { file: string; image: string } {
  const m = parseManifest(readFileSync(join(lab.artifactsDir, 'manifest.json'), 'utf8'));
  const e = m.artifacts.find((a) => a.name === name);
  if (!e) throw new Error(`the bundle has no ${name}`);
  return { file: join(lab.artifactsDir, e.path), image: e.image ?? '' };
}

/** The bundle's real kubectl with the admin kubeconfig (a 0600 temp file); resolves with stdout, rejects with its stderr. */
export function kubectlWith(lab: LabInfo, kubeconfig: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'kd-kubectl-')), 'admin.kubeconfig');
  writeFileSync(file, kubeconfig, { mode: 0o600 });
  const bin = bundleEntry(lab, 'kubectl').file;
  return (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(bin, ['--kubeconfig', file, '--request-timeout=30s', ...args], { timeout: 60_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`kubectl ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout),
      ),
    );
}

/** A pod of the bundle's busybox image pinned to a node, printing a line and then sleeping. */
export function busyboxPod(lab: LabInfo, name: string, node: string, labels: Record<string, string> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels },
    spec: {
      nodeName: node,
      terminationGracePeriodSeconds: 1,
      containers: [
        {
          name: 'main',
          image: bundleEntry(lab, 'image-busybox').image,
          imagePullPolicy: 'Never',
          command: ['sh', '-c', `echo hello from ${node}; exec sleep 3600`],
        },
      ],
    },
  };
}

/** Waits until a pod is Running; a timeout names its phase and the containers' waiting reasons. */
export async function waitRunning(api: ApiAccess, namespace: string, name: string, timeoutMs = 120_000): Promise<void> {
  interface Pod {
    status?: { phase?: string; containerStatuses?: { state?: { waiting?: { reason?: string; message?: string } } }[] };
  }
  // a plain loop: libs/steps' own tests use this library
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const g = await kubeApi(api, 'GET', `/api/v1/namespaces/${namespace}/pods/${name}`);
    const pod = g.body as Pod;
    if (g.status === 200 && pod.status?.phase === 'Running') return;
    const waiting = pod.status?.containerStatuses?.map((c) => c.state?.waiting).filter(Boolean) ?? [];
    last = `${g.status} ${pod.status?.phase ?? ''} ${JSON.stringify(waiting)}`;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`pod ${namespace}/${name} is not Running: ${last}`);
}

/** Main PIDs of the node units and the sha256 of the node's files: equal before and after means untouched. */
export function nodeFingerprint(lab: LabInfo, node: string): Promise<string> {
  return onHost(
    lab,
    node,
    'systemctl show -p MainPID containerd docker cri-docker kubelet kube-proxy; sha256sum /etc/kubernetes/*.kubeconfig /etc/kubernetes/pki/* /var/lib/kubelet/config.yaml /var/lib/kubelet/pki/* /var/lib/kube-proxy/config.yaml /etc/containerd/config.toml /etc/systemd/system/containerd.service /etc/systemd/system/kubelet.service /etc/systemd/system/kube-proxy.service && ' +
      // a docker node's too (a containerd node has none of them)
      'for f in /etc/docker/daemon.json /etc/systemd/system/docker.service /etc/systemd/system/cri-docker.service; do if test -e $f; then sha256sum $f; fi; done',
  );
}
