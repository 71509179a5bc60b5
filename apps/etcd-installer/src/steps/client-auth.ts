import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import { etcdctlCommand } from '../etcd/etcdctl';
import { EtcdSettings } from '../request/settings';
import { EtcdStep } from './context';

/**
 * The users etcd maps kdeploy's client certificates to (by CN) once its auth is on. The
 * apiserver and the installer's own health-check client hold the root role: they need every
 * key and the member API. `root` itself must exist for etcd to enable auth; no certificate
 * of kdeploy's carries that name.
 */
export const ROOT_USERS = ['root', 'kube-etcd-healthcheck-client', 'kube-apiserver-etcd-client'] as const;
/** flanneld's user and role: read and write below its prefix, nothing else. */
export const FLANNEL = 'flannel';

/** What the cluster's auth looks like now, read through one member. */
export interface AuthState {
  /** False when no member answered (before the first start). */
  answered: boolean;
  enabled: boolean;
  /** Roles per existing user. */
  users: Map<string, string[]>;
  /** True when the flannel role may read and write the prefix. */
  flannelGranted: boolean;
}

const E = (s: EtcdSettings, ...args: string[]) => etcdctlCommand(s, args);

/**
 * Commands run side by side, the whole failing when any does. Each etcdctl is a process and a
 * TLS handshake of its own, so a fresh cluster's dozen auth calls one after another took more
 * than a second.
 */
export function together(commands: readonly string[]): string {
  if (commands.length === 1) return commands[0];
  const started = commands.map((c, i) => `{ ${c}; } & p${i}=$!;`).join(' ');
  const waited = commands.map((_c, i) => `wait $p${i} || rc=1;`).join(' ');
  return `{ rc=0; ${started} ${waited} [ $rc = 0 ]; }`;
}

/** One read-only script: auth status, each user's roles, the flannel role's prefix lines; read side by side, printed in order. */
export function readAuthScript(s: EtcdSettings): string {
  const users = [...ROOT_USERS, FLANNEL];
  const reads = [
    `${E(s, 'auth', 'status')} 2>/dev/null | sed -n 's/^Authentication Status: */auth /p'`,
    ...users.map(
      (u) => `printf 'user %s ' ${sh`${u}`}; { ${E(s, 'user', 'get', u)} 2>/dev/null || echo 'Roles: -'; } | sed -n 's/^Roles: *//p'`,
    ),
    `printf 'flannel-prefix %s\\n' "$(${E(s, 'role', 'get', FLANNEL)} 2>/dev/null | grep -cF ${sh`${`(prefix ${s.flannelPrefix}/)`}`})"`,
  ];
  const files = reads.map((_r, i) => `"$d/${i}"`);
  return `d=$(mktemp -d) && { ${reads.map((r, i) => `{ ${r}; } > ${files[i]} &`).join(' ')} wait; cat ${files.join(' ')}; rm -rf -- "$d"; }`;
}

/** Parses readAuthScript's output. */
export function parseAuthState(out: string): AuthState {
  const users = new Map<string, string[]>();
  let enabled = false;
  let answered = false;
  let flannelGranted = false;
  for (const line of out.split('\n')) {
    const [key, ...rest] = line.trim().split(/\s+/);
    if (key === 'auth') [answered, enabled] = [true, rest[0] === 'true'];
    if (key === 'user' && rest[0] && rest[1] !== '-') users.set(rest[0], rest.slice(1).filter(Boolean));
    // one line for reads and one for writes
    if (key === 'flannel-prefix') flannelGranted = Number(rest[0]) >= 2;
  }
  return { answered, enabled, users, flannelGranted };
}

/**
 * The etcdctl commands that bring `state` to kdeploy's users and roles with auth on, what they
 * do, and the script that runs them: users and the flannel role made side by side, then the
 * grants side by side, then auth enabled. None when it is all there.
 */
export function authCommands(s: EtcdSettings, state: AuthState): { what: string[]; commands: string[]; script: string } {
  const what: string[] = [];
  const made: string[] = [];
  const granted: string[] = [];
  const enabled: string[] = [];
  const userWithRole = (user: string, role: string) => {
    const roles = state.users.get(user);
    if (!roles) made.push(E(s, 'user', 'add', user, '--no-password'));
    if (!roles?.includes(role)) {
      granted.push(E(s, 'user', 'grant-role', user, role));
      what.push(`${user}: role ${role}`);
    }
  };
  for (const u of ROOT_USERS) userWithRole(u, 'root');
  if (!state.flannelGranted) {
    made.push(`{ ${E(s, 'role', 'get', FLANNEL)} >/dev/null 2>&1 || ${E(s, 'role', 'add', FLANNEL)}; }`);
    granted.push(E(s, 'role', 'grant-permission', FLANNEL, '--prefix=true', 'readwrite', `${s.flannelPrefix}/`));
    what.push(`role ${FLANNEL}: read and write ${s.flannelPrefix}/ only`);
  }
  userWithRole(FLANNEL, FLANNEL);
  if (!state.enabled) {
    enabled.push(E(s, 'auth', 'enable'));
    what.push('auth enabled');
  }
  const phases = [made, granted, enabled].filter((p) => p.length > 0);
  return { what, commands: phases.flat(), script: phases.map(together).join(' && ') };
}

/**
 * Turns etcd's auth on, so a client certificate of the etcd CA reaches only what its CN's user
 * may: everything for the apiserver and the installer, flannel's prefix for flanneld. Runs
 * through one member once the cluster is healthy; a re-apply finds it all in place.
 */
export const clientAuth: EtcdStep = {
  id: 'etcd/client-auth',
  title: "Enable etcd's auth with kdeploy's users and roles",
  prepare: (ctx, hosts) => hosts.filter((h) => ctx.installOn.has(h.host)).slice(0, 1),
  async run(ctx, host, ops) {
    // a cluster this call made has no user, role or auth yet: one round trip of six etcdctl saved
    const state =
      ctx.noMemberHadData && ops.mode === 'apply'
        ? { answered: true, enabled: false, users: new Map<string, string[]>(), flannelGranted: false }
        : parseAuthState((await host.exec(readAuthScript(ctx.settings), { signal: ctx.signal, timeoutMs: 30_000 })).stdout);
    // before the first start nothing answers, and the plan is everything; after wait-healthy something must
    if (!state.answered && ops.mode === 'apply')
      throw new PreconditionError(
        `etcd on ${host.host} did not answer etcdctl auth status with the health-check client certificate`,
        host.host,
      );
    const { what, commands, script } = authCommands(ctx.settings, state);
    if (!commands.length) return;
    await ops.run(`etcd auth: ${what.join('; ')}`, script);
  },
};
