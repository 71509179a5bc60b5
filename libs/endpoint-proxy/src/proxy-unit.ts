import { SystemdUnit } from '@kdeploy/templates';
import { HAPROXY_BINARY, PROXY_CONFIG } from './haproxy-config';

/**
 * The proxy's unit: HAProxy in master-worker mode tells systemd when it serves; it runs as the
 * package's unprivileged `haproxy` user (its port is above 1024), and the config is checked
 * before every start, so a bad file names itself in the journal.
 */
export function proxyUnit(): SystemdUnit {
  const check = { command: HAPROXY_BINARY, args: ['-c', '-q', '-f', PROXY_CONFIG] };
  return {
    unit: {
      Description: 'Local endpoint proxy for the kube-apiservers (kdeploy, HAProxy)',
      Documentation: ['https://docs.haproxy.org/'],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'notify',
      User: 'haproxy',
      Group: 'haproxy',
      ExecStartPre: [check],
      ExecStart: { command: HAPROXY_BINARY, args: ['-Ws', '-f', PROXY_CONFIG] },
      Restart: 'always',
      RestartSec: 2,
      LimitNOFILE: 65536,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}
