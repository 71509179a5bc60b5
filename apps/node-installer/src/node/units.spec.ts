import { referenceFlags, renderedFlagNames } from '@kdeploy/testing';
import { renderUnit } from '@kdeploy/templates';
import { VERSION } from '../testing/fixtures';
import { COMPONENTS, VERSIONS, versionTable } from '../versions';
import { containerdUnit, kubeletUnit, kubeProxyUnit } from './units';

const NODE = { name: 'n1', address: '192.0.2.11' };
const units = () => ({
  kubelet: renderUnit(kubeletUnit(VERSION, NODE, { 'node.kubernetes.io/pool': 'a' }, 'a'.repeat(64))),
  'kube-proxy': renderUnit(kubeProxyUnit(VERSION, NODE.name, 'b'.repeat(64))),
});

describe('the node units', () => {
  it('render only flags the real binaries of the minor accept, none of them deprecated', () => {
    for (const [component, text] of Object.entries(units())) {
      const reference = referenceFlags(VERSION.minor, component);
      for (const name of renderedFlagNames(text)) {
        expect([component, name, reference.has(name)]).toEqual([component, name, true]);
        expect([component, name, reference.get(name)?.deprecated]).toEqual([component, name, false]);
      }
    }
  });

  it("list in every minor's table only flags its reference has", () => {
    for (const v of VERSIONS)
      for (const c of COMPONENTS) {
        const reference = referenceFlags(v.minor, c);
        expect([...v.flags[c]].filter((f) => !reference.has(f) || reference.get(f)?.deprecated)).toEqual([]);
      }
  });

  it('carry the node name, address and labels to the kubelet, and the binary hash so a new binary restarts it', () => {
    const { kubelet } = units();
    expect(kubelet).toContain('--hostname-override=n1');
    expect(kubelet).toContain('--node-ip=192.0.2.11');
    expect(kubelet).toContain('--node-labels=node.kubernetes.io/pool=a');
    expect(kubelet).toContain(`KDEPLOY_KUBELET_SHA256=${'a'.repeat(64)}`);
    expect(renderUnit(containerdUnit('c'.repeat(64)))).toMatchSnapshot();
    expect(units()).toMatchSnapshot();
  });

  it('refuses a Kubernetes version without a table, naming the field', () => {
    expect(() => versionTable('v1.30.1')).toThrow(
      /spec.kubernetes_version: Kubernetes v1.30.1 is not supported; this installer deploys 1.37/,
    );
    expect(() => versionTable('latest')).toThrow(/"latest" is not a Kubernetes version/);
  });
});
