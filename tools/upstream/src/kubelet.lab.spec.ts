import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabHost, LabInfo, ensureLab, labScp, labSsh } from '@kdeploy/testing';
import { readBundle } from './testing/bundle';

jest.setTimeout(300_000);

// Its own directory: the control-plane test runs on the same host at the same time.
const DIR = '/opt/bundle-test-node';
const SOCK = `${DIR}/containerd.sock`;
const UNITS = ['bundle-test-kubelet', 'bundle-test-containerd'];

/** containerd 2 (config v3): systemd cgroups, the sandbox image pinned to the imported pause image. */
function containerdConfig(pause: string): string {
  return [
    'version = 3',
    // root and state stay at /var/lib/containerd and /run/containerd, as on a node
    '[grpc]',
    `  address = '${SOCK}'`,
    "[plugins.'io.containerd.cri.v1.images'.pinned_images]",
    `  sandbox = '${pause}'`,
    "[plugins.'io.containerd.cri.v1.runtime']",
    // lab hosts lack CAP_SYS_RESOURCE (shared/lab/README.md); real hosts do not need this
    '  restrict_oom_score_adj = true',
    "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]",
    "  runtime_type = 'io.containerd.runc.v2'",
    "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]",
    '  SystemdCgroup = true',
    `  BinaryName = '${DIR}/bin/runc'`,
    '',
  ].join('\n');
}

/** A standalone kubelet: no API server, pods from a static manifest directory only. */
function kubeletConfig(): string {
  return [
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    `staticPodPath: ${DIR}/manifests`,
    `containerRuntimeEndpoint: unix://${SOCK}`,
    'cgroupDriver: systemd',
    // the lab's kernel runs cgroup v1 (kubelets from v1.35 on refuse it without this opt-in)
    'failCgroupV1: false',
    'failSwapOn: false',
    'readOnlyPort: 0',
    'authentication: {anonymous: {enabled: false}, webhook: {enabled: false}}',
    'authorization: {mode: AlwaysAllow}',
    // nested in nspawn on overlayfs: the kubelet cannot size the root filesystem
    'localStorageCapacityIsolation: false',
    'imageGCHighThresholdPercent: 100',
    'evictionHard: {nodefs.available: "0%", imagefs.available: "0%"}',
    'resolvConf: ""',
    '',
  ].join('\n');
}

function staticPod(image: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: bundle-busybox, namespace: default}',
    'spec:',
    '  hostNetwork: true',
    '  containers:',
    '  - name: busybox',
    `    image: ${image}`,
    '    imagePullPolicy: Never',
    '    command: [sh, -c, "echo started; exec sleep 3600"]',
    '',
  ].join('\n');
}

// Only the bundle's real binaries and image archives: containerd, runc and a kubelet.
describe('containerd and a standalone kubelet from the bundle on a lab host', () => {
  let lab: LabInfo;
  let host: LabHost;
  const sh = async (cmd: string) => {
    const r = await labSsh(lab, host, cmd);
    if (r.code !== 0) throw new Error(`${host.name}: ${cmd.slice(0, 100)} exited ${r.code}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  const crictl = `${DIR}/bin/crictl --runtime-endpoint unix://${SOCK} --image-endpoint unix://${SOCK}`;

  const cleanup = () =>
    labSsh(
      lab,
      host,
      [
        `[ -S ${SOCK} ] && ${crictl} rmp -fa >/dev/null 2>&1`,
        `systemctl stop ${UNITS.join(' ')} 2>/dev/null; systemctl reset-failed ${UNITS.join(' ')} 2>/dev/null`,
        'systemctl stop kubepods.slice 2>/dev/null',
        `for m in $(awk '$2 ~ "^(/var/lib/kubelet|${DIR}|/run/containerd|/var/lib/containerd/)" {print $2}' /proc/mounts | sort -r); do umount -l "$m"; done`,
        `rm -rf ${DIR} /var/lib/kubelet /run/containerd /var/lib/containerd/* /opt/containerd; true`,
      ].join('; '),
    );

  beforeAll(async () => {
    lab = await ensureLab(9);
    host = lab.hosts[8];
    await cleanup();
    const bundle = readBundle(lab.artifactsDir);
    await sh(`mkdir -p ${DIR}/bin ${DIR}/images ${DIR}/manifests`);
    for (const n of ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'crictl', 'kubelet']) {
      expect((await labScp(lab, host, bundle.file(n), `${DIR}/bin/${n}`)).code).toBe(0);
    }
    for (const n of ['pause', 'busybox'])
      expect((await labScp(lab, host, bundle.file(`image-${n}`), `${DIR}/images/${n}.tar`)).code).toBe(0);
    const local = mkdtempSync(join(tmpdir(), 'bundle-kubelet-'));
    const pause = bundle.entry('image-pause').image ?? '';
    const files: [string, string][] = [
      ['containerd.toml', containerdConfig(pause)],
      ['kubelet.yaml', kubeletConfig()],
    ];
    for (const [name, text] of files) {
      writeFileSync(join(local, name), text);
      expect((await labScp(lab, host, join(local, name), `${DIR}/${name}`)).code).toBe(0);
    }
    writeFileSync(join(local, 'pod.yaml'), staticPod(bundle.entry('image-busybox').image ?? ''));
    // the manifest goes in only after the images are imported (below)
    expect((await labScp(lab, host, join(local, 'pod.yaml'), `${DIR}/pod.yaml`)).code).toBe(0);
    await sh(`chmod 0755 ${DIR}/bin/*`);
  });

  afterAll(async () => {
    if (host) await cleanup();
  });

  it('runs a static pod from the imported test image to Running, and crictl lists it', async () => {
    const bundle = readBundle(lab.artifactsDir);
    await sh(
      `systemd-run --unit=${UNITS[1]} -p Delegate=yes -p KillMode=process --setenv=PATH=${DIR}/bin:/usr/sbin:/usr/bin:/sbin:/bin ${DIR}/bin/containerd --config ${DIR}/containerd.toml`,
    );
    await sh(`for i in $(seq 100); do [ -S ${SOCK} ] && exit 0; sleep 0.1; done; journalctl -u ${UNITS[1]} --no-pager -n 20; exit 1`);
    const ctr = `${DIR}/bin/ctr --address ${SOCK} -n k8s.io`;
    for (const n of ['pause', 'busybox']) await sh(`${ctr} images import ${DIR}/images/${n}.tar`);
    const pause = bundle.entry('image-pause').image ?? '';
    await sh(`${ctr} images label ${pause} io.cri-containerd.pinned=pinned`);
    expect(await sh(`${ctr} images ls -q`)).toContain(bundle.entry('image-busybox').image);

    await sh(`cp ${DIR}/pod.yaml ${DIR}/manifests/pod.yaml`);
    await sh(`systemd-run --unit=${UNITS[0]} ${DIR}/bin/kubelet --config=${DIR}/kubelet.yaml --v=2`);

    const deadline = Date.now() + 180_000;
    let state = '';
    while (Date.now() < deadline) {
      state = (await labSsh(lab, host, `${crictl} ps --name busybox -o json`)).stdout;
      if (state.includes('CONTAINER_RUNNING')) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    if (!state.includes('CONTAINER_RUNNING')) {
      // the kubelet logs every flag first: its own words about the failure come after them
      const why = await labSsh(
        lab,
        host,
        `systemctl is-active ${UNITS.join(' ')}; journalctl -u ${UNITS[0]} --no-pager | grep -v ' flags.go:' | tail -25 | cut -c1-400`,
      );
      throw new Error(`the static pod did not reach Running:\n${state}\n${why.stdout}`);
    }
    const pods = JSON.parse(await sh(`${crictl} pods --name bundle-busybox -o json`)) as {
      items: { state: string; metadata: { name: string } }[];
    };
    expect(pods.items.map((p) => [p.metadata.name.startsWith('bundle-busybox'), p.state])).toEqual([[true, 'SANDBOX_READY']]);
    expect(await sh(`${crictl} logs $(${crictl} ps --name busybox -q)`)).toContain('started');
    // every image present was imported from the archives: nothing was pulled
    const images = JSON.parse(await sh(`${crictl} images -o json`)) as { images: { repoTags: string[] }[] };
    expect(images.images.flatMap((i) => i.repoTags).sort()).toEqual([bundle.entry('image-busybox').image, pause].sort());
  });
});
