import { readdirSync } from 'node:fs';
import { parseClusterSpecText } from './text';
import { EXAMPLES_DIR, exampleText } from './testing/fixtures';

describe('the examples in examples/', () => {
  it('are exactly the lab, classic and seed specs', () => {
    expect(readdirSync(EXAMPLES_DIR).sort()).toEqual(['classic-cluster.yaml', 'lab-cluster.yaml', 'seed-cluster.yaml']);
  });

  it('classic-cluster.yaml validates as the classic topology on lab hosts, resolving nothing outside the lab', () => {
    const classic = parseClusterSpecText(exampleText('classic-cluster.yaml'));
    expect(classic.spec.hosts.map((h) => [h.name, h.roles])).toEqual([
      ['lab1', ['master', 'etcd']],
      ['lab2', ['etcd', 'node']],
      ['lab3', ['etcd', 'node']],
    ]);
    expect(classic.spec.network.upstreamResolvers).toEqual(['10.211.0.11']);
    expect(classic.spec.hostPreparation.cgroupV1).toBe('allow');
  });

  it("classic-cluster.yaml's commented Docker node, taken in place of lab3, makes lab3 run Docker", () => {
    const text = exampleText('classic-cluster.yaml');
    const docker = text.match(/^ {4}# (- \{name: lab3, .*containerRuntime: docker\})$/m)?.[1];
    expect(docker).toBeDefined();
    const lines = text.split('\n').map((l) => (l.startsWith('    - {name: lab3,') ? `    ${docker}` : l));
    const classic = parseClusterSpecText(lines.join('\n'));
    expect(classic.spec.hosts.map((h) => [h.name, h.containerRuntime ?? classic.spec.containerRuntime.kind])).toEqual([
      ['lab1', 'containerd'],
      ['lab2', 'containerd'],
      ['lab3', 'docker'],
    ]);
  });

  it("lab-cluster.yaml validates and opts in to the lab kernel's cgroup v1", () => {
    const lab = parseClusterSpecText(exampleText('lab-cluster.yaml'));
    expect(lab.metadata.name).toBe('lab');
    expect(lab.spec.hosts.map((h) => h.name)).toEqual(['lab1', 'lab2', 'lab3']);
    expect(lab.spec.hostPreparation.cgroupV1).toBe('allow');
  });

  it("seed-cluster.yaml validates as the guide's single-master topology", () => {
    const seed = parseClusterSpecText(exampleText('seed-cluster.yaml'));
    expect(seed.spec.controlPlane.endpoint).toBe('single-master');
    expect(seed.spec.hostPreparation).toEqual({ selinux: 'disabled', swap: 'off', kernelModules: [], sysctls: {}, cgroupV1: 'refuse' });
    expect(seed.spec.addons).toEqual(['coredns', 'metrics-server']);
  });

  it('seed-cluster.yaml still says its addresses are not lab hosts', () => {
    expect(exampleText('seed-cluster.yaml')).toContain('Its addresses are NOT lab hosts: use it to test validation only');
  });
});
