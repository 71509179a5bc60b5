import { SystemdUnit } from '@kdeploy/templates';
import { EtcdSettings, MemberHost, url } from '../request/settings';
import { CIPHER_SUITES, ETCD_FLAGS } from './flags';
import { binPath, CA_CERT, LAYOUT, pki } from './layout';

/** `--flag=value` words, refusing any flag the bundle's etcd does not know. */
function flags(values: Record<string, string | number | boolean | undefined>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => {
      if (!ETCD_FLAGS.has(k)) throw new Error(`etcd 3.7 has no flag --${k}`);
      return `--${k}=${v}`;
    });
}

/**
 * The member's unit. TLS only: client and peer listeners are https with client certificates
 * required and trusted against etcd-ca only, no metrics listener (metrics stay on the TLS
 * client port), no auto-TLS. Bootstrap-only settings are in LAYOUT.bootstrapEnv, so that
 * membership changes never rewrite (and restart) the other members' units.
 * `etcdSha256` is in the unit so that a new binary restarts the member through the unit change.
 */
export function etcdUnit(member: MemberHost, s: EtcdSettings, etcdSha256: string): SystemdUnit {
  const server = pki('server');
  const peer = pki('peer');
  return {
    unit: {
      Description: 'etcd key-value store (kdeploy)',
      Documentation: ['https://etcd.io/docs/v3.7/'],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_ETCD_SHA256: etcdSha256 },
      EnvironmentFile: [`-${LAYOUT.bootstrapEnv}`],
      ExecStart: {
        command: binPath('etcd'),
        args: flags({
          name: member.name,
          'data-dir': s.dataDir,
          'listen-client-urls': `${url(member.address, s.clientPort)},${url('127.0.0.1', s.clientPort)}`,
          'advertise-client-urls': url(member.address, s.clientPort),
          'listen-peer-urls': url(member.address, s.peerPort),
          'initial-advertise-peer-urls': url(member.address, s.peerPort),
          'cert-file': server.cert,
          'key-file': server.key,
          'trusted-ca-file': CA_CERT,
          'client-cert-auth': true,
          'peer-cert-file': peer.cert,
          'peer-key-file': peer.key,
          'peer-trusted-ca-file': CA_CERT,
          'peer-client-cert-auth': true,
          'auto-tls': false,
          'peer-auto-tls': false,
          'cipher-suites': CIPHER_SUITES.join(','),
          'strict-reconfig-check': true,
          'pre-vote': true,
          logger: 'zap',
          'log-outputs': 'stderr',
          'quota-backend-bytes': s.quotaBackendBytes || undefined,
          'heartbeat-interval': s.heartbeatIntervalMs || undefined,
          'election-timeout': s.electionTimeoutMs || undefined,
          'auto-compaction-mode': s.autoCompactionRetention ? 'periodic' : undefined,
          'auto-compaction-retention': s.autoCompactionRetention || undefined,
        }),
      },
      Restart: 'on-failure',
      RestartSec: 5,
      TimeoutStartSec: 60,
      LimitNOFILE: 65536,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}
