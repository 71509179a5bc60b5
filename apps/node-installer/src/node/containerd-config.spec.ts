import { nodeSettings } from '../request/settings';
import { nodeSpec, received, SETTINGS } from '../testing/fixtures';
import { containerdConfig, mirrorFiles } from './containerd-config';

describe("containerd's config", () => {
  it('uses the systemd cgroup driver, runc and CNI where kdeploy installs them, and pins the sandbox to the imported pause image', () => {
    const text = containerdConfig({ sandboxImage: 'kdeploy.local/pause:3.10', restrictOomScoreAdj: false });
    expect(text).toContain('version = 3\n');
    expect(text).toContain("[plugins.'io.containerd.cri.v1.images'.pinned_images]\n  sandbox = 'kdeploy.local/pause:3.10'\n");
    expect(text).toContain('  SystemdCgroup = true\n');
    expect(text).toContain("  BinaryName = '/usr/local/bin/runc'\n");
    expect(text).toContain("  bin_dirs = ['/opt/cni/bin']\n  conf_dir = '/etc/cni/net.d'\n");
    expect(text).toContain("  config_path = '/etc/containerd/certs.d'\n");
    expect(text).toContain('  restrict_oom_score_adj = false\n');
    expect(containerdConfig({ sandboxImage: 'x', restrictOomScoreAdj: true })).toContain('  restrict_oom_score_adj = true\n');
  });

  it("writes the spec's registry mirrors as certs.d hosts files, mirrors first, the registry as the fallback", () => {
    expect(mirrorFiles(SETTINGS)).toEqual([]);
    const s = nodeSettings(
      received(
        nodeSpec({
          containerRuntime: {
            registryMirrors: [
              { registry: 'docker.io', endpoints: ['https://mirror-a.example.org', 'http://10.0.0.5:5000'] },
              { registry: 'registry.k8s.io', endpoints: ['https://k8s-mirror.example.org'] },
            ],
          },
        }),
      ),
    );
    expect(mirrorFiles(s)).toEqual([
      {
        path: '/etc/containerd/certs.d/docker.io/hosts.toml',
        content:
          "server = 'https://registry-1.docker.io'\n\n[host.'https://mirror-a.example.org']\n  capabilities = ['pull', 'resolve']\n\n[host.'http://10.0.0.5:5000']\n  capabilities = ['pull', 'resolve']\n",
      },
      {
        path: '/etc/containerd/certs.d/registry.k8s.io/hosts.toml',
        content: "server = 'https://registry.k8s.io'\n\n[host.'https://k8s-mirror.example.org']\n  capabilities = ['pull', 'resolve']\n",
      },
    ]);
  });
});
