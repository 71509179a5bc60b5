import { nodeSettings } from '../request/settings';
import { nodeSpec, received } from '../testing/fixtures';
import { dockerDaemonConfig } from './docker-config';

describe('daemon.json', () => {
  it("holds the spec's Docker Hub mirrors, insecure registries, log rotation and storage driver, on the node's containerd", () => {
    const s = nodeSettings(
      received(
        nodeSpec({
          containerRuntime: {
            registryMirrors: [
              { registry: 'docker.io', endpoints: ['https://mirror-a.example.org', 'http://10.0.0.5:5000'] },
              { registry: 'quay.io', endpoints: ['https://quay-mirror.example.org'] },
            ],
            insecureRegistries: ['10.0.0.5:5000'],
            docker: { logMaxSize: '20m', logMaxFiles: 5, storageDriver: 'vfs' },
          },
        }),
      ),
    );
    const { json, unusedMirrors } = dockerDaemonConfig(s, { restrictOomScoreAdj: false });
    expect(JSON.parse(json)).toEqual({
      containerd: '/run/containerd/containerd.sock',
      'data-root': '/var/lib/docker',
      'exec-opts': ['native.cgroupdriver=systemd'],
      'registry-mirrors': ['https://mirror-a.example.org', 'http://10.0.0.5:5000'],
      'insecure-registries': ['10.0.0.5:5000'],
      'log-driver': 'json-file',
      'log-opts': { 'max-size': '20m', 'max-file': '5' },
      'storage-driver': 'vfs',
      bridge: 'none',
      iptables: false,
      'ip-masq': false,
      'live-restore': true,
    });
    expect(unusedMirrors).toEqual(['quay.io']);
  });

  it('runs containers through runc-oom-floor where the host may not lower OOM scores', () => {
    const config = JSON.parse(dockerDaemonConfig(nodeSettings(received(nodeSpec())), { restrictOomScoreAdj: true }).json);
    expect(config['default-runtime']).toBe('kdeploy-runc');
    expect(config.runtimes).toEqual({ 'kdeploy-runc': { path: '/usr/local/lib/kdeploy/runc-oom-floor' } });
  });
});
