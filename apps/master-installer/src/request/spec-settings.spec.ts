import type { ServiceDefinition } from '@grpc/grpc-js';
import { deriveCluster, masterSpecMessage, parseClusterSpec, parseClusterSpecText } from '@kdeploy/cluster-spec';
import { exampleText, ipv6Spec } from '@kdeploy/cluster-spec/testing';
import { SpecError } from '@kdeploy/errors';
import { loadKdeployPackageDefinition, masterV1 } from '@kdeploy/proto';
import { renderUnit } from '@kdeploy/templates';
import { apiserverUnit } from '../control-plane/apiserver-unit';
import { versionTable } from '../versions';
import { controlPlaneRequest } from './spec-settings';

const labExampleSpec = () => parseClusterSpecText(exampleText('lab-cluster.yaml'));
const ipv6TestSpec = () => parseClusterSpec(ipv6Spec());

/** The spec as the installer receives it: through the real wire encoding and loader options. */
function overTheWire(spec: masterV1.MasterSpec): masterV1.MasterSpec__Output | null {
  const apply = (loadKdeployPackageDefinition()['kdeploy.master.v1.MasterInstaller'] as ServiceDefinition)['Apply'];
  return (apply.requestDeserialize(apply.requestSerialize({ spec })) as masterV1.ApplyRequest__Output).spec;
}

describe('the control-plane request, from the derived cluster spec', () => {
  it('takes the lab cluster as derived: masters, SANs, CIDRs, etcd endpoints', () => {
    const r = controlPlaneRequest(overTheWire(masterSpecMessage(deriveCluster(labExampleSpec()))));
    expect(r.masters.map((m) => `${m.name}=${m.address}`)).toEqual(['lab1=10.211.0.11', 'lab2=10.211.0.12', 'lab3=10.211.0.13']);
    expect(r.sans.ipAddresses).toEqual(expect.arrayContaining(['10.96.0.1', '127.0.0.1', '10.211.0.11', '10.211.0.12', '10.211.0.13']));
    expect(r.sans.dnsNames).toContain('kubernetes.default.svc.cluster.local');
    expect(r.settings).toMatchObject({
      kubernetesVersion: 'v1.37.2',
      securePort: 6443,
      serviceCidr: '10.96.0.0/12',
      podCidr: '10.244.0.0/16',
      allocateNodeCidrs: true,
    });
    expect(r.settings.etcdEndpoints).toEqual(['https://10.211.0.11:2379', 'https://10.211.0.12:2379', 'https://10.211.0.13:2379']);
  });

  it('keeps IPv6 addresses bare where flags take an address and bracketed in URLs', () => {
    const r = controlPlaneRequest(overTheWire(masterSpecMessage(deriveCluster(ipv6TestSpec()))));
    expect(r.masters.map((m) => m.address)).toEqual(['fd00:211::11', 'fd00:211::12']);
    expect(r.settings.etcdEndpoints).toEqual(['https://[fd00:211::11]:2379']);
    const unit = renderUnit(apiserverUnit(r.masters[0], r.settings, versionTable(r.settings.kubernetesVersion), 'a'.repeat(64)));
    expect(unit).toContain('--advertise-address=fd00:211::11');
    expect(unit).toContain('--etcd-servers=https://[fd00:211::11]:2379');
  });

  it('refuses a request without masters or SANs, naming the fields', () => {
    const spec = overTheWire({
      ...masterSpecMessage(deriveCluster(labExampleSpec())),
      masters: [],
      apiserverSans: { dnsNames: [], ipAddresses: [] },
    });
    const error = (() => {
      try {
        controlPlaneRequest(spec);
      } catch (e) {
        return e as SpecError;
      }
    })();
    expect(error?.issues.map((i) => i.path)).toEqual(['spec.masters', 'spec.apiserver_sans']);
    expect(() => controlPlaneRequest(null)).toThrow(SpecError);
  });

  it('refuses SANs that miss a master, since its apiserver would serve a certificate clients reject', () => {
    const full = masterSpecMessage(deriveCluster(labExampleSpec()));
    const spec = overTheWire({ ...full, apiserverSans: { ...full.apiserverSans, ipAddresses: ['10.96.0.1', '10.211.0.11'] } });
    expect(() => controlPlaneRequest(spec)).toThrow(/missing: lab2, lab3/);
  });
});
