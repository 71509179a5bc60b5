import { SpecError } from '@kdeploy/errors';
import { nodeSpec, received } from '../testing/fixtures';
import { nodeSettings, runtimeOf } from './settings';

/** The issues a spec is refused with, as "path: message". */
function refusal(extra: Parameters<typeof received>[0]): string[] {
  try {
    nodeSettings(received({ ...nodeSpec(), ...extra }));
  } catch (e) {
    if (e instanceof SpecError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  throw new Error('accepted');
}

describe('nodeSettings: the NodeSpec checked, defaults applied', () => {
  it("takes the derived values and the spec's defaults", () => {
    const s = nodeSettings(received(nodeSpec()));
    expect(s).toMatchObject({
      kubernetesVersion: 'v1.37.2',
      clusterDnsIp: '10.96.0.10',
      clusterDomain: 'cluster.local',
      podCidr: '10.244.0.0/16',
      proxyMode: 'iptables',
      maxPods: 110,
      allowCgroupV1: false,
      prep: { disableSwap: true, selinux: 'permissive', modules: [], sysctls: {} },
      registryMirrors: [],
      kubeletOverrides: {},
    });
  });

  it("carries the cluster spec's host preparation, proxy mode, mirrors and kubelet settings", () => {
    const s = nodeSettings(
      received(
        nodeSpec({
          hostPreparation: {
            selinux: 'unchanged',
            swap: 'unchanged',
            kernelModules: ['ip_vs'],
            sysctls: { 'fs.inotify.max_user_watches': 524288 },
            cgroupV1: 'allow',
          },
          network: { proxyMode: 'ipvs' },
          containerRuntime: { registryMirrors: [{ registry: 'docker.io', endpoints: ['https://mirror.example.org'] }] },
          kubelet: { config: { evictionHard: { 'memory.available': '200Mi' } } },
        }),
      ),
    );
    expect(s.prep).toEqual({ disableSwap: false, selinux: '', modules: ['ip_vs'], sysctls: { 'fs.inotify.max_user_watches': '524288' } });
    expect([s.proxyMode, s.allowCgroupV1]).toEqual(['ipvs', true]);
    expect(s.registryMirrors).toEqual([{ registry: 'docker.io', endpoints: ['https://mirror.example.org'] }]);
    expect(s.kubeletOverrides).toEqual({ evictionHard: { 'memory.available': '200Mi' } });
  });

  it("carries each host's runtime, docker's settings and the insecure registries", () => {
    const s = nodeSettings(
      received({
        ...nodeSpec({ containerRuntime: { insecureRegistries: ['10.0.0.5:5000'], docker: { logMaxFiles: 5 } } }),
        hostRuntimes: { n2: 'RUNTIME_KIND_DOCKER' },
      }),
    );
    expect([runtimeOf(s, 'n1'), runtimeOf(s, 'n2')]).toEqual(['containerd', 'docker']);
    expect(s.insecureRegistries).toEqual(['10.0.0.5:5000']);
    expect(s.docker).toEqual({ storageDriver: 'overlay2', logMaxSize: '100m', logMaxFiles: 5 });
  });

  it('refuses every bad field at once, each named', () => {
    expect(
      refusal({
        clusterDnsIp: 'ten',
        podCidr: '10.244.0.0',
        nodeLabels: { 'bad key!': 'x' },
        taints: ['dedicated=gpu:Sometimes'],
        runtime: { kind: 'RUNTIME_KIND_DOCKER', insecureRegistries: ['http://reg'], docker: { logMaxSize: '10MB' } },
        hostPreparation: { selinux: 'enforcing', kernelModules: ['br netfilter'] },
      }),
    ).toEqual([
      'spec.cluster_dns_ip: the cluster DNS service IP, derived from the service CIDR',
      'spec.pod_cidr: a CIDR such as 10.244.0.0/16',
      'spec.node_labels: bad key!=x: not a label',
      'spec.taints: dedicated=gpu:Sometimes: key=value:NoSchedule|PreferNoSchedule|NoExecute',
      'spec.host_preparation.selinux: permissive, disabled or empty',
      'spec.host_preparation.kernel_modules: br netfilter: not a module name',
      'spec.runtime.insecure_registries: http://reg: a registry as host or host:port',
      'spec.runtime.docker.log_max_size: 10MB: a size such as 100m (k, m or g)',
    ]);
  });

  it("refuses kubelet overrides of security.md's settings, and text that is not a JSON object", () => {
    expect(refusal({ kubeletConfigOverridesJson: '{"readOnlyPort": 10255, "authentication": {}, "maxPods": 50}' })).toEqual([
      'spec.kubelet_config_overrides_json: kdeploy fixes readOnlyPort, authentication; they cannot be overridden',
    ]);
    expect(refusal({ kubeletConfigOverridesJson: '[1]' })).toEqual([
      'spec.kubelet_config_overrides_json: a JSON object of KubeletConfiguration fields',
    ]);
    expect(refusal({ kubeletConfigOverridesJson: '{' })[0]).toMatch(/^spec.kubelet_config_overrides_json: not JSON/);
  });

  it('refuses a request without a spec', () => {
    expect(() => nodeSettings(null)).toThrow(SpecError);
  });
});
