import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { ipv6Spec } from '../testing/fixtures';
import { etcdSpecMessage } from './etcd';

describe('the etcd request of an IPv6 cluster', () => {
  const message = etcdSpecMessage(deriveCluster(parseClusterSpec(ipv6Spec())).etcd);
  const [member] = message.members ?? [];

  it('carries every URL with the address in brackets', () => {
    expect(member).toMatchObject({
      name: 'v6a',
      clientUrl: 'https://[fd00:211::11]:2379',
      peerUrl: 'https://[fd00:211::11]:2380',
      listenClientUrls: ['https://[fd00:211::11]:2379', 'https://127.0.0.1:2379'],
      listenPeerUrls: ['https://[fd00:211::11]:2380'],
    });
    expect(message.initialCluster).toBe('v6a=https://[fd00:211::11]:2380');
    for (const u of [member.clientUrl, member.peerUrl, ...(member.listenClientUrls ?? []), ...(member.listenPeerUrls ?? [])]) {
      expect(() => new URL(u ?? '')).not.toThrow();
      expect(new URL(u ?? '').protocol).toBe('https:');
    }
  });

  it('carries SANs with the canonical address, both loopbacks and the host name, without brackets', () => {
    expect(member.dnsNames).toEqual(['v6a', 'localhost']);
    expect(member.ipAddresses).toEqual(['fd00:211::11', '127.0.0.1', '::1']);
  });

  it('carries the etcd minor of the Kubernetes release and the fixed TLS ports', () => {
    expect(message).toMatchObject({ version: '3.7', clientPort: 2379, peerPort: 2380, dataDir: '/var/lib/etcd' });
  });
});
