import { SystemdUnit } from '@kdeploy/templates';
import { EtcdSettings, MemberHost } from '../request/settings';
import { EtcdVersion } from '../versions';
import { CIPHER_SUITES } from './flags';
import { binPath, CA_CERT, LAYOUT, pki } from './layout';

/** `--flag=value` words, refusing any flag the target minor's table does not list. */
function flags(version: EtcdVersion, values: Record<string, string | number | boolean | undefined>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => {
      if (!version.flags.has(k)) throw new Error(`etcd ${version.minor} has no flag --${k}`);
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
export function etcdUnit(member: MemberHost, s: EtcdSettings, version: EtcdVersion, etcdSha256: string): SystemdUnit {
  const server = pki('server');
  const peer = pki('peer');
  return {
    unit: {
      Description: 'etcd key-value store (kdeploy)',
      Documentation: [`https://etcd.io/docs/v${version.minor}/`],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_ETCD_SHA256: etcdSha256 },
      EnvironmentFile: [`-${LAYOUT.bootstrapEnv}`],
      ExecStart: {
        command: binPath('etcd'),
        args: flags(version, {
          name: member.name,
          'data-dir': s.dataDir,
          'listen-client-urls': member.listenClientUrls.join(','),
          'advertise-client-urls': member.clientUrl,
          'listen-peer-urls': member.listenPeerUrls.join(','),
          'initial-advertise-peer-urls': member.peerUrl,
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
