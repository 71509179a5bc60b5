import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLab } from './lab';
import { LabInfo } from './lab-info';
import { labScp, labSsh } from './lab-ssh';

jest.setTimeout(180_000);

interface Manifest {
  source: string;
  artifacts: { name: string; package: string; version: string; arch: string; sha256: string; path: string }[];
}

describe('lab artifacts', () => {
  let lab: LabInfo;
  let manifest: Manifest;
  beforeAll(async () => {
    lab = await ensureLab(3);
    manifest = JSON.parse(readFileSync(join(lab.artifactsDir, 'manifest.json'), 'utf8')) as Manifest;
  });
  const file = (name: string) => {
    const entry = manifest.artifacts.find((a) => a.name === name);
    if (!entry) throw new Error(`manifest.json lists no ${name}`);
    return join(lab.artifactsDir, entry.path);
  };

  it('lists etcd, containerd, runc and CNI binaries whose sha256 sums match the files', () => {
    const names = manifest.artifacts.map((a) => a.name);
    for (const n of ['etcd', 'etcdctl', 'containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'cni-bridge', 'cni-host-local', 'cni-loopback', 'cni-portmap']) {
      expect(names).toContain(n);
    }
    for (const a of manifest.artifacts) {
      const sum = createHash('sha256').update(readFileSync(join(lab.artifactsDir, a.path))).digest('hex');
      expect({ name: a.name, sha256: sum }).toEqual({ name: a.name, sha256: a.sha256 });
      expect(a.arch).toBe('amd64');
      expect(a.version).toMatch(/^\d/);
    }
  });

  it('runs etcd --version on a host after scp of the artifact', async () => {
    const host = lab.hosts[0];
    expect((await labScp(lab, host, file('etcd'), '/tmp/etcd-artifact-test')).code).toBe(0);
    const r = await labSsh(lab, host, '/tmp/etcd-artifact-test --version; rm -f /tmp/etcd-artifact-test');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/etcd Version: 3\.4\./);
  });

  it('runs a container with containerd and runc inside a host', async () => {
    const host = lab.hosts[2];
    const dir = '/tmp/lab-ctr-test';
    expect((await labSsh(lab, host, `rm -rf ${dir}; mkdir -p ${dir}/bin`)).code).toBe(0);
    for (const n of ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc']) {
      expect((await labScp(lab, host, file(n), `${dir}/bin/${n}`)).code).toBe(0);
    }
    // a private containerd (own socket, root and state) so that node tests on this host are unaffected
    const script = [
      'set -e',
      `cd ${dir}; export PATH=${dir}/bin:$PATH`,
      'containerd config default | sed "s/restrict_oom_score_adj = false/restrict_oom_score_adj = true/" > config.toml',
      `systemd-run --quiet --unit=lab-ctr-test --setenv=PATH=$PATH containerd --config ${dir}/config.toml --address ${dir}/c.sock --root ${dir}/root --state ${dir}/state`,
      `for i in $(seq 50); do [ -S ${dir}/c.sock ] && break; sleep 0.2; done`,
      'mkdir -p rootfs; for f in /bin/sh /lib/x86_64-linux-gnu/libc.so.6 /lib64/ld-linux-x86-64.so.2; do cp --parents -L $f rootfs/; done',
      `ctr --address ${dir}/c.sock run --rm --rootfs ${dir}/rootfs t1 /bin/sh -c "echo hello from a container"`,
    ].join('\n');
    try {
      const r = await labSsh(lab, host, script);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('hello from a container');
    } finally {
      await labSsh(lab, host, `systemctl stop lab-ctr-test; systemctl reset-failed lab-ctr-test 2>/dev/null; rm -rf ${dir}`);
    }
  });
});
