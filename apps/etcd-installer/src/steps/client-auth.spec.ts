import { settingsOf } from '../request/settings';
import { authCommands, parseAuthState } from './client-auth';

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
    expect(authCommands(s, parseAuthState(ALL_SET))).toEqual({ what: [], commands: [] });
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
});
