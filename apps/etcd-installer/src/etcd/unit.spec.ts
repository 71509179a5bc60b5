import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderUnit } from '@kdeploy/templates';
import { deriveEtcd, etcdSpecMessage } from '@kdeploy/cluster-spec';
import { settingsOf, withMemberSpecs } from '../request/settings';
import { bootstrapEnv } from '../steps/etcd-config';
import { versionTable, VERSIONS } from '../versions';
import { etcdUnit } from './unit';

/** A member as a request derived from the cluster spec carries it. */
function memberFor(name: string, address: string) {
  const { members = [] } = etcdSpecMessage(deriveEtcd([{ name, address }], '1.37', '/var/lib/etcd'));
  const spec = {
    members: members.map((m) => ({
      name: '',
      clientUrl: '',
      peerUrl: '',
      listenClientUrls: [],
      listenPeerUrls: [],
      dnsNames: [],
      ipAddresses: [],
      ...m,
    })),
  };
  return withMemberSpecs([{ name, address, sshPort: 22 }], spec, true)[0];
}
const member = memberFor('lab1', '10.211.0.11');
const table = versionTable('3.7');
// Every flag a minor's etcd accepts, generated from its --help by tools/upstream/references.
const reference = (minor: string) => join(__dirname, '..', '..', '..', '..', 'reference', `etcd-v${minor}`, 'etcd.flags');
const REFERENCE = reference('3.7');

describe('etcd unit', () => {
  const text = renderUnit(etcdUnit(member, settingsOf(null), table, 'a'.repeat(64)));

  it('renders the pinned unit for a default member', () => {
    expect(text).toMatchSnapshot();
  });

  it('renders only flags that etcd 3.7 lists, none of them deprecated', () => {
    const lines = readFileSync(REFERENCE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
    const known = new Set(lines.filter(([, deprecated]) => deprecated !== 'deprecated').map(([name]) => name));
    expect(known.has('name') && known.has('client-cert-auth')).toBe(true);
    const rendered = [...text.matchAll(/--([a-z0-9-]+)=/g)].map((m) => m[1]);
    expect(rendered.length).toBeGreaterThan(15);
    expect(rendered.filter((f) => !known.has(f))).toEqual([]);
  });

  it("lists in every version table only flags that minor's etcd knows, so no unknown flag can be rendered", () => {
    for (const v of VERSIONS) {
      const known = new Set(
        readFileSync(reference(v.minor), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('\t')[0]),
      );
      expect(known.size).toBeGreaterThan(50);
      expect([...v.flags].filter((f) => !known.has(f))).toEqual([]);
    }
    expect(() => versionTable('3.4')).toThrow(/etcd 3.4 is not supported/);
  });

  it('renders an IPv6 member with brackets in every URL', () => {
    const v6 = renderUnit(etcdUnit(memberFor('lab1', 'fd00:211::11'), settingsOf(null), table, 'a'.repeat(64)));
    expect(v6).toContain('--listen-client-urls=https://[fd00:211::11]:2379,https://127.0.0.1:2379');
    expect(v6).toContain('--advertise-client-urls=https://[fd00:211::11]:2379');
    expect(v6).toContain('--listen-peer-urls=https://[fd00:211::11]:2380');
    expect(v6).toContain('--initial-advertise-peer-urls=https://[fd00:211::11]:2380');
  });

  it('listens and advertises https only, requires client certificates on both ports and never enables auto-TLS', () => {
    expect(text).not.toMatch(/http:\/\//);
    expect(text).not.toMatch(/listen-metrics-urls/);
    for (const f of [
      '--client-cert-auth=true',
      '--peer-client-cert-auth=true',
      '--auto-tls=false',
      '--peer-auto-tls=false',
      '--trusted-ca-file=/etc/etcd/pki/ca.crt',
      '--peer-trusted-ca-file=/etc/etcd/pki/ca.crt',
    ]) {
      expect(text).toContain(f);
    }
  });

  it('keeps bootstrap-only settings out of the unit, so membership changes never rewrite it', () => {
    expect(text).not.toMatch(/initial-cluster/);
    expect(bootstrapEnv({ state: 'new', token: 'kdeploy-x', initialCluster: 'lab1=https://10.211.0.11:2380' })).toBe(
      'ETCD_INITIAL_CLUSTER=lab1=https://10.211.0.11:2380\nETCD_INITIAL_CLUSTER_STATE=new\nETCD_INITIAL_CLUSTER_TOKEN=kdeploy-x\n',
    );
  });

  it('changes when the etcd binary changes, so a new binary restarts the member', () => {
    expect(renderUnit(etcdUnit(member, settingsOf(null), table, 'b'.repeat(64)))).not.toBe(text);
  });
});
