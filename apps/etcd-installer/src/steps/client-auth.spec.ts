import { settingsOf } from '../request/settings';
import { execFileSync, spawnSync } from 'node:child_process';
import { authCommands, parseAuthState, together } from './client-auth';

const s = settingsOf({} as never);
const ALL_SET = [
  'auth true',
  'user root root',
  'user kube-etcd-healthcheck-client root',
  'user kube-apiserver-etcd-client root',
  'user flannel flannel',
  'flannel-prefix 2',
].join('\n');

describe("etcd's auth as kdeploy sets it", () => {
  it('reads what is in place from the script output', () => {
    expect(parseAuthState(ALL_SET)).toEqual({
      answered: true,
      enabled: true,
      users: new Map([
        ['root', ['root']],
        ['kube-etcd-healthcheck-client', ['root']],
        ['kube-apiserver-etcd-client', ['root']],
        ['flannel', ['flannel']],
      ]),
      flannelGranted: true,
    });
    expect(parseAuthState('user root -\nflannel-prefix 0').answered).toBe(false);
  });

  it('changes nothing when everything is in place', () => {
    expect(authCommands(s, parseAuthState(ALL_SET))).toEqual({ what: [], commands: [], script: '' });
  });

  it('on a fresh cluster adds every user and role, then enables auth last', () => {
    const { what, commands } = authCommands(s, parseAuthState('auth false\nflannel-prefix 0'));
    expect(what).toEqual([
      'root: role root',
      'kube-etcd-healthcheck-client: role root',
      'kube-apiserver-etcd-client: role root',
      'role flannel: read and write /coreos.com/network/ only',
      'flannel: role flannel',
      'auth enabled',
    ]);
    expect(commands.at(-1)).toMatch(/ auth enable$/);
    expect(commands.join('\n')).toContain('role grant-permission flannel --prefix=true readwrite /coreos.com/network/');
  });

  it('grants a role to a user that exists without it, without adding the user again', () => {
    const state = parseAuthState(ALL_SET.replace('user flannel flannel', 'user flannel'));
    const { commands } = authCommands(s, state);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/user grant-role flannel flannel$/);
  });

  it("takes flannel's prefix from the spec, refusing one that is not a key prefix", () => {
    const custom = settingsOf({ flannelPrefix: '/kdeploy/flannel/' } as never);
    expect(authCommands(custom, parseAuthState('auth true\nflannel-prefix 0')).what).toContain(
      'role flannel: read and write /kdeploy/flannel/ only',
    );
    expect(() => settingsOf({ flannelPrefix: 'no-slash' } as never)).toThrow(/spec.flannel_prefix/);
  });

  it('runs a phase side by side in sh, failing when any command fails, and the phases in order', () => {
    const sh = (script: string) => spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    const t0 = Date.now();
    expect(sh(together(['sleep 0.4; echo a', 'sleep 0.4; echo b'])).status).toBe(0);
    expect(Date.now() - t0).toBeLessThan(750);
    expect(sh(together(['true', 'false', 'true'])).status).not.toBe(0);
    expect(sh(`${together(['false', 'true'])} && echo next`).stdout).not.toContain('next');
    // a fresh cluster: made, granted, enabled
    const { script } = authCommands(s, parseAuthState('auth false\nflannel-prefix 0'));
    expect(script.indexOf('user add root')).toBeLessThan(script.indexOf('user grant-role root'));
    expect(script.indexOf('user grant-role flannel')).toBeLessThan(script.indexOf('auth enable'));
    expect(execFileSync('sh', ['-n', '-c', script]).toString()).toBe('');
  });
});
