import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ensureLab } from '@kdeploy/testing';
import { pinnedVersions, readBundle } from './testing/bundle';

jest.setTimeout(120_000);

// The bundle npm test builds (or takes from the machine's cache) into the lab's artifacts dir.
describe('artifact bundle', () => {
  let bundle: ReturnType<typeof readBundle>;
  const pins = pinnedVersions();
  beforeAll(async () => {
    bundle = readBundle((await ensureLab(1)).artifactsDir);
  });
  // stdout and stderr together: flanneld prints its version on stderr
  const run = (name: string, args: string[]) => {
    const r = spawnSync(bundle.file(name), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r.stdout + r.stderr;
  };

  it('lists every component with a sha256 and size that match the file', () => {
    const names = bundle.entries.map((e) => e.name);
    for (const n of [
      'kube-apiserver',
      'kube-controller-manager',
      'kube-scheduler',
      'kubelet',
      'kube-proxy',
      'kubectl',
      'etcd',
      'etcdctl',
      'etcdutl',
      'containerd',
      'ctr',
      'containerd-shim-runc-v2',
      'runc',
      'cni-bridge',
      'cni-host-local',
      'cni-loopback',
      'cni-portmap',
      'crictl',
      'flanneld',
      'coredns',
      'metrics-server',
      'dockerd',
      'docker-proxy',
      'docker',
      'cri-dockerd',
      'image-pause',
      'image-coredns',
      'image-metrics-server',
      'image-busybox',
    ]) {
      expect(names).toContain(n);
    }
    for (const e of bundle.entries) {
      const data = readFileSync(bundle.file(e.name));
      expect({ name: e.name, sha256: createHash('sha256').update(data).digest('hex'), size: data.length, arch: e.arch }).toEqual({
        name: e.name,
        sha256: e.sha256,
        size: e.size,
        arch: 'amd64',
      });
    }
  });

  it('stamps each Kubernetes binary with its release, so --version and skew checks read it', () => {
    for (const c of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy']) {
      expect(run(c, ['--version']).trim()).toBe(`Kubernetes ${pins['KUBERNETES']}`);
    }
    expect(run('kubectl', ['version', '--client', '-o', 'json'])).toContain(`"gitVersion": "${pins['KUBERNETES']}"`);
    expect(bundle.kubernetes).toBe(pins['KUBERNETES']);
  });

  it('builds the other components at their pinned versions', () => {
    const bare = (v: string) => v.replace(/^v/, '');
    expect(run('etcd', ['--version'])).toContain(`etcd Version: ${bare(pins['ETCD'])}`);
    expect(run('etcdctl', ['version'])).toContain(`etcdctl version: ${bare(pins['ETCD'])}`);
    expect(run('containerd', ['--version'])).toContain(pins['CONTAINERD']);
    expect(run('runc', ['--version'])).toContain(`runc version ${bare(pins['RUNC'])}`);
    expect(run('crictl', ['--version'])).toContain(bare(pins['CRI_TOOLS']));
    expect(run('flanneld', ['--version'])).toContain(pins['FLANNEL']);
    expect(run('coredns', ['-version'])).toContain(`CoreDNS-${bare(pins['COREDNS'])}`);
    expect(run('dockerd', ['--version'])).toContain(`Docker version ${bare(pins['DOCKER'])},`);
    expect(run('docker-proxy', ['--version'])).toContain(`version ${bare(pins['DOCKER'])}`);
    expect(run('docker', ['--version'])).toContain(`Docker version ${bare(pins['DOCKER_CLI'])},`);
    expect(run('cri-dockerd', ['--version'])).toContain(`cri-dockerd ${bare(pins['CRI_DOCKERD'])} `);
  });

  it('links runc and flanneld statically (hosts need no libseccomp or libc of a given version)', () => {
    for (const n of ['runc', 'flanneld']) {
      expect(execFileSync('readelf', ['-d', bundle.file(n)], { encoding: 'utf8' })).toMatch(/There is no dynamic section/);
    }
  });

  it('makes each image an archive tagged under kdeploy.local with an entrypoint or command', () => {
    for (const e of bundle.entries.filter((x) => x.kind === 'image')) {
      const manifest = JSON.parse(execFileSync('tar', ['-xOf', bundle.file(e.name), 'manifest.json'], { encoding: 'utf8' })) as {
        Config: string;
        RepoTags: string[];
      }[];
      expect(manifest[0].RepoTags).toEqual([e.image]);
      expect(e.image).toMatch(/^kdeploy\.local\//);
      const config = JSON.parse(execFileSync('tar', ['-xOf', bundle.file(e.name), manifest[0].Config], { encoding: 'utf8' })) as {
        os: string;
        config: { Entrypoint: string[] | null; Cmd: string[] | null };
      };
      expect(config.os).toBe('linux');
      expect([...(config.config.Entrypoint ?? []), ...(config.config.Cmd ?? [])].length).toBeGreaterThan(0);
    }
  });
});
