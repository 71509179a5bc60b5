import { renderUnit } from './render-unit';
import { SystemdUnit } from './unit-model';
import { UnitValueError } from './escape';
import { referenceArgv, systemdParsedArgv, systemdVerify } from './exec-reference.spec-helper';

/** Values chosen to break naive serialisers: every character systemd treats specially. */
const NASTY = [
  '%s\n',
  'a b',
  'dollar $HOME and ${PATH}',
  '$$',
  '100%',
  '%n%i',
  "single ' quote",
  'double " quote',
  'back\\slash\\',
  '',
  'tab\tand\nnewline',
  ';',
  '\\;',
  '#not-a-comment',
  'uni é ✓',
  '--flag=va lue',
];

function printfUnit(args: string[]): SystemdUnit {
  return {
    unit: { Description: 'print every argument' },
    service: { Type: 'oneshot', ExecStart: { command: '/usr/bin/printf', args: ['[%s]', ...args] } },
  };
}

const etcdLike: SystemdUnit = {
  unit: {
    Description: 'etcd key-value store (kdeploy)',
    Documentation: ['https://etcd.io/docs/'],
    After: ['network-online.target'],
    Wants: ['network-online.target'],
  },
  service: {
    Type: 'notify',
    User: 'root',
    WorkingDirectory: '/var/lib/etcd',
    Environment: { GOMAXPROCS: '2', ETCD_UNSUPPORTED_ARCH: '' },
    ExecStartPre: [{ command: '/usr/bin/mkdir', args: ['-p', '/var/lib/etcd'], ignoreFailure: true }],
    ExecStart: {
      command: '/usr/bin/true',
      args: [
        '--name=etcd-1',
        '--cert-file=/etc/kubernetes/ssl/etcd.pem',
        '--key-file=/etc/kubernetes/ssl/etcd-key.pem',
        ['--initial-cluster', 'etcd-1=https://10.0.0.1:2380,etcd-2=https://10.0.0.2:2380'],
        '--client-cert-auth=true',
        '--log-outputs=stderr',
      ],
    },
    Restart: 'always',
    RestartSec: 5,
    LimitNOFILE: 65536,
  },
  install: { WantedBy: ['multi-user.target'] },
};

describe('renderUnit', () => {
  it('renders an etcd-like unit with one flag per continuation line (snapshot)', () => {
    expect(renderUnit(etcdLike)).toMatchSnapshot();
  });

  it('renders a unit that systemd-analyze verify accepts without a single diagnostic', () => {
    expect(systemdVerify(renderUnit(etcdLike))).toEqual({ ok: true, messages: '' });
  });

  it('renders the same bytes whatever the key order of the input objects', () => {
    const shuffled: SystemdUnit = {
      install: etcdLike.install,
      service: { ...etcdLike.service, Environment: { ETCD_UNSUPPORTED_ARCH: '', GOMAXPROCS: '2' } },
      unit: { Wants: etcdLike.unit.Wants, After: etcdLike.unit.After, ...etcdLike.unit },
    };
    expect(renderUnit(shuffled)).toBe(renderUnit(etcdLike));
  });

  it('escapes $ and % and quotes nasty words (snapshot)', () => {
    expect(renderUnit(printfUnit(NASTY))).toMatchSnapshot();
  });

  it('gives systemd exactly the argv it was given, as systemd itself parses it', () => {
    const text = renderUnit(printfUnit(NASTY));
    expect(systemdVerify(text)).toEqual({ ok: true, messages: '' });
    expect(systemdParsedArgv(text, 'ExecStart')).toEqual([['/usr/bin/printf', '[%s]', ...NASTY]]);
  });

  it('gives the argv back under an independent reading of systemd.service(5)', () => {
    expect(referenceArgv(renderUnit(printfUnit(NASTY)), 'ExecStart')).toEqual(['/usr/bin/printf', '[%s]', ...NASTY]);
  });

  it('keeps a short command on one line and each argument group on its own line when long', () => {
    const short = renderUnit(printfUnit(['a']));
    expect(short).toContain('ExecStart=/usr/bin/printf "[%%s]" a\n');
    const long = renderUnit(etcdLike).split('\n');
    expect(long).toContain('  --initial-cluster etcd-1=https://10.0.0.1:2380,etcd-2=https://10.0.0.2:2380 \\');
    expect(long).toContain('  --log-outputs=stderr');
  });

  it('writes Environment values literally: % doubled, $ kept, spaces quoted', () => {
    const text = renderUnit({
      unit: { Description: 'env' },
      service: { ExecStart: { command: '/usr/bin/true' }, Environment: { B: 'x y', A: '50% of $X' } },
    });
    expect(text).toContain('Environment="A=50%% of $X"\nEnvironment="B=x y"\n');
    expect(systemdVerify(text).ok).toBe(true);
  });

  it('escapes % in Description and lists, which systemd expands as specifiers', () => {
    const text = renderUnit({
      unit: { Description: '100% done', After: ['a%b.service'] },
      service: { ExecStart: { command: '/usr/bin/true' } },
    });
    expect(text).toContain('Description=100%% done\nAfter=a%%b.service\n');
  });

  it('refuses values the line syntax cannot carry instead of changing them', () => {
    const bad = (Description: string) => () => renderUnit({ unit: { Description }, service: { ExecStart: { command: '/usr/bin/true' } } });
    expect(bad('two\nlines')).toThrow(UnitValueError);
    expect(bad('ends with \\')).toThrow(/continue the line/);
    expect(bad(' padded')).toThrow(/whitespace/);
    expect(() => renderUnit({ unit: { Description: 'x', After: ['a b'] }, service: { ExecStart: { command: '/usr/bin/true' } } })).toThrow(
      /single words|without whitespace/,
    );
    expect(() => renderUnit({ unit: { Description: 'x' }, service: { ExecStart: { command: 'true' } } })).toThrow(/absolute path/);
  });

  it('renders ExecStartPre with the ignore-failure prefix that systemd reads as such', () => {
    const text = renderUnit(etcdLike);
    expect(text).toContain('ExecStartPre=-/usr/bin/mkdir -p /var/lib/etcd\n');
    expect(systemdParsedArgv(text, 'ExecStartPre')).toEqual([['/usr/bin/mkdir', '-p', '/var/lib/etcd']]);
  });
});
