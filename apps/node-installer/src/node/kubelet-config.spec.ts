import { parse } from 'yaml';
import { nodeSettings } from '../request/settings';
import { nodeSpec, received, SETTINGS, VERSION } from '../testing/fixtures';
import { kubeletConfig, KubeletFacts } from './kubelet-config';
import { CA_CERT, KUBELET_SERVING } from './layout';

const render = (facts: KubeletFacts = { cgroupV1: false, swapOn: false }, settings = SETTINGS) =>
  parse(kubeletConfig(VERSION, settings, facts)) as Record<string, unknown>;

describe('the KubeletConfiguration', () => {
  it("fixes security.md's settings: no anonymous access, webhook authn/z, no read-only port, rotation, its own serving pair", () => {
    const c = render();
    expect(c).toMatchObject({
      apiVersion: 'kubelet.config.k8s.io/v1beta1',
      kind: 'KubeletConfiguration',
      readOnlyPort: 0,
      authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: CA_CERT } },
      authorization: { mode: 'Webhook' },
      rotateCertificates: true,
      serverTLSBootstrap: false,
      tlsCertFile: KUBELET_SERVING.cert,
      tlsPrivateKeyFile: KUBELET_SERVING.key,
      tlsMinVersion: 'VersionTLS12',
      protectKernelDefaults: true,
      cgroupDriver: 'systemd',
      containerRuntimeEndpoint: 'unix:///run/containerd/containerd.sock',
      clusterDNS: ['10.96.0.10'],
      clusterDomain: 'cluster.local',
      failSwapOn: true,
    });
    expect(c).not.toHaveProperty('failCgroupV1');
    expect(c).not.toHaveProperty('memorySwap');
  });

  it('opts out of the cgroup v1 refusal only on a cgroup v1 host, and runs with swap only where the spec leaves it on', () => {
    expect(render({ cgroupV1: true, swapOn: false })).toMatchObject({ failCgroupV1: false });
    expect(render({ cgroupV1: false, swapOn: true })).toMatchObject({ failSwapOn: false, memorySwap: { swapBehavior: 'NoSwap' } });
  });

  it("merges the spec's overrides, taints and max pods, and keeps the fixed fields fixed", () => {
    const s = nodeSettings(
      received({
        ...nodeSpec(),
        maxPods: 64,
        taints: ['dedicated=edge:NoSchedule'],
        kubeletConfigOverridesJson: '{"evictionHard":{"memory.available":"300Mi"}}',
      }),
    );
    const c = render(undefined, s);
    expect(c['evictionHard']).toEqual({ 'memory.available': '300Mi' });
    expect(c['maxPods']).toBe(64);
    expect(c['registerWithTaints']).toEqual([{ key: 'dedicated', value: 'edge', effect: 'NoSchedule' }]);
    expect(c['readOnlyPort']).toBe(0);
  });

  it("talks to cri-dockerd on a docker node, with the gate cri-dockerd's streaming URLs need off and the spec's gates kept", () => {
    const s = nodeSettings(received({ ...nodeSpec(), kubeletConfigOverridesJson: '{"featureGates":{"SomeGate":true}}' }));
    const c = render({ cgroupV1: false, swapOn: false, runtime: 'docker' }, s);
    expect(c['containerRuntimeEndpoint']).toBe('unix:///run/cri-dockerd.sock');
    expect(c['featureGates']).toEqual({ SomeGate: true, ExtendWebSocketsToKubelet: false });
    expect(render(undefined, s)['featureGates']).toEqual({ SomeGate: true });
  });
});
