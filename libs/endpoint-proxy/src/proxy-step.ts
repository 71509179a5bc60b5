import { PreconditionError } from '@kdeploy/errors';
import { withJournal } from '@kdeploy/installer';
import { HostConnection, sh } from '@kdeploy/ssh';
import { Step } from '@kdeploy/steps';
import { PROXY_CONFIG, PROXY_UNIT, ProxySettings, renderHaproxyConfig } from './haproxy-config';
import { proxyUnit } from './proxy-unit';

/**
 * The step that runs the local endpoint proxy on a host: its config (0644, no secret), its unit,
 * and the service started (restarted when either changed). `settings` returns undefined on
 * a call whose endpoint is not a local proxy, and the step then does nothing.
 */
export function localProxyStep<Ctx extends { signal?: AbortSignal }>(options: {
  id: string;
  settings: (ctx: Ctx, host: HostConnection) => ProxySettings | undefined;
  prepare?: (ctx: Ctx, hosts: readonly HostConnection[]) => readonly HostConnection[];
}): Step<Ctx> {
  return {
    id: options.id,
    title: 'Run the local endpoint proxy',
    ...(options.prepare ? { prepare: options.prepare } : {}),
    async run(ctx, host, ops) {
      const settings = options.settings(ctx, host);
      if (!settings) return;
      const installed = await host.exec(sh`id -u haproxy && test -x /usr/sbin/haproxy`, { allowFailure: true, signal: ctx.signal });
      if (installed.exitCode !== 0) throw new PreconditionError('haproxy is not installed (apt-get install haproxy)', host.host);
      const config = renderHaproxyConfig(settings);
      await ops.ensureFile({ path: PROXY_CONFIG, content: config, mode: 0o644, notify: [PROXY_UNIT] });
      await ops.ensureUnit(PROXY_UNIT, proxyUnit());
      await ops.ensureServiceRunning(PROXY_UNIT).catch((e: unknown) => withJournal(host, PROXY_UNIT, e));
    },
  };
}

/** Paths the proxy leaves on a host, for the installers' removal. */
export const PROXY_PATHS = [PROXY_CONFIG, `/etc/systemd/system/${PROXY_UNIT}`] as const;
