import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderUnit } from '@kdeploy/templates';
import { settingsOf } from '../request/settings';
import { bootstrapEnv } from '../steps/etcd-config';
import { ETCD_FLAGS } from './flags';
import { etcdUnit } from './unit';

const member = { name: 'lab1', address: '10.211.0.11', sshPort: 22 };
// Every flag the bundle's etcd accepts, generated from its --help by tools/upstream/references.
const REFERENCE = join(__dirname, '..', '..', '..', '..', 'reference', 'etcd-v3.7', 'etcd.flags');

describe('etcd unit', () => {
  const text = renderUnit(etcdUnit(member, settingsOf(null), 'a'.repeat(64)));

  it('renders the pinned unit for a default member', () => {
    expect(text).toMatchSnapshot();
  });

  it('renders only flags that etcd 3.7 lists, none of them deprecated', () => {
    const lines = readFileSync(REFERENCE, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
    const known = new Set(lines.filter(([, deprecated]) => deprecated !== 'deprecated').map(([name]) => name));
    expect(known.has('name') && known.has('client-cert-auth')).toBe(true);
    const rendered = [...text.matchAll(/--([a-z0-9-]+)=/g)].map((m) => m[1]);
    expect(rendered.length).toBeGreaterThan(15);
    expect(rendered.filter((f) => !known.has(f))).toEqual([]);
    expect([...ETCD_FLAGS].filter((f) => !known.has(f))).toEqual([]);
  });

  it('listens and advertises https only, requires client certificates on both ports and never enables auto-TLS', () => {
    expect(text).not.toMatch(/http:\/\//);
    expect(text).not.toMatch(/listen-metrics-urls/);
    for (const f of ['--client-cert-auth=true', '--peer-client-cert-auth=true', '--auto-tls=false', '--peer-auto-tls=false', '--trusted-ca-file=/etc/etcd/pki/ca.crt', '--peer-trusted-ca-file=/etc/etcd/pki/ca.crt']) {
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
    expect(renderUnit(etcdUnit(member, settingsOf(null), 'b'.repeat(64)))).not.toBe(text);
  });
});

