import type { commonV1 } from '@kdeploy/proto';
import { HostConnection, sh } from '@kdeploy/ssh';

/** systemd's view of some units on one host, in one round trip; a unit is healthy when active. */
export async function unitStates(host: HostConnection, units: readonly string[], signal?: AbortSignal): Promise<commonV1.UnitStatus[]> {
  const r = await host.exec(sh`for u in ${units}; do systemctl show "$u" -p Id -p ActiveState -p SubState -p UnitFileState; echo; done`, {
    signal,
    timeoutMs: 15_000,
  });
  return r.stdout
    .trim()
    .split('\n\n')
    .map((block) => Object.fromEntries(block.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])))
    .map((v) => ({
      unit: v['Id'] ?? '',
      activeState: v['ActiveState'] ?? '',
      subState: v['SubState'] ?? '',
      enabled: v['UnitFileState'] === 'enabled',
      healthy: v['ActiveState'] === 'active',
    }));
}
