import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import {
  BASE_MODULES,
  familyCommands,
  MIN_SYSCTLS,
  moduleCheck,
  modulesFile,
  SWAP_OFF,
  sysctlFile,
  sysctlPath,
  sysctls,
} from '../node/host-prep';
import { LAYOUT } from '../node/layout';
import { factsOf, installHosts, NodeStep } from './context';

/**
 * Prepares the host, persistently: kernel modules (loaded now, and at boot from
 * modules-load.d), sysctls (set now, and at boot from sysctl.d), swap off when the spec says
 * so, and the family's own settings (SELinux and firewalld on RHEL). Every sysctl the host will
 * not take is named in one error.
 */
export const hostPrep: NodeStep = {
  id: 'node/host-prep',
  title: 'Prepare the host',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const f = factsOf(ctx, host);
    const s = ctx.settings;
    await ops.ensureFile({ path: LAYOUT.modulesFile, content: modulesFile(s), mode: 0o644 });
    for (const m of [...new Set([...BASE_MODULES, ...s.prep.modules])])
      await ops.run(`load the ${m} module`, sh`modprobe ${m}`, { check: moduleCheck(m) });
    const keys = Object.keys(MIN_SYSCTLS);
    const read = await host.exec(sh`for f in ${keys.map(sysctlPath)}; do cat "$f" 2>/dev/null || echo 0; done`, { signal: ctx.signal });
    const current = Object.fromEntries(
      read.stdout
        .trim()
        .split('\n')
        .map((v, i) => [keys[i], Number(v) || 0]),
    );
    const wanted = sysctls(s, current);
    await ops.ensureFile({ path: LAYOUT.sysctlFile, content: sysctlFile(wanted), mode: 0o644 });
    const stuck: string[] = [];
    for (const [key, value] of Object.entries(wanted)) {
      const holds = sh`[ "$(cat ${sysctlPath(key)} 2>/dev/null)" = ${value} ]`;
      await ops
        .run(`set ${key} = ${value}`, sh`sysctl -qw ${`${key}=${value}`}`, { check: holds })
        .catch((e: unknown) => stuck.push(`${key} (wants ${value}: ${e instanceof Error ? e.message : String(e)})`));
    }
    if (stuck.length) throw new PreconditionError(`the host will not take these kernel settings: ${stuck.join('; ')}`, host.host);
    if (s.prep.disableSwap && f.swapOn) await ops.run(SWAP_OFF.description, SWAP_OFF.command, { check: SWAP_OFF.check });
    for (const c of familyCommands(f.family ?? 'debian', s)) await ops.run(c.description, c.command, { check: c.check });
  },
};
