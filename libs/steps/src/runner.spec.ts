import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostConnection } from '@kdeploy/ssh';
import { runSteps, RunOptions } from './runner';
import { Step } from './step';
import { StepEvent } from './events';
import { LocalConnection } from './testing';
import { sh } from '@kdeploy/ssh';

/** A target "host" for the runner: a temp root plus a test double of systemctl that keeps its state in files there. */
interface Target {
  conn: LocalConnection;
  calls: () => string[];
}

// systemctl cannot run on this machine (not booted with systemd); this test double answers
// is-enabled/is-active from files and logs every call, so restarts can be counted.
const SYSTEMCTL = `#!/bin/sh
state="$(dirname "$0")/state"
echo "$*" >> "$state/calls"
case "$1" in
  is-enabled) test -e "$state/enabled-$2" ;;
  is-active) test -e "$state/active-$2" ;;
  enable) touch "$state/enabled-$4" "$state/active-$4" ;;
  restart) test -e "$state/enabled-$2" ;;
  daemon-reload) : ;;
  show) echo LoadState=loaded; if test -e "$state/enabled-$6"; then echo NeedDaemonReload=yes; else echo NeedDaemonReload=no; fi ;;
  *) exit 2 ;;
esac
`;

async function target(name: string): Promise<Target> {
  const conn = await LocalConnection.create(name);
  mkdirSync(conn.path('bin/state'), { recursive: true });
  mkdirSync(conn.path('systemd'));
  writeFileSync(conn.path('bin/systemctl'), SYSTEMCTL);
  chmodSync(conn.path('bin/systemctl'), 0o755);
  const calls = () =>
    existsSync(conn.path('bin/state/calls')) ? readFileSync(conn.path('bin/state/calls'), 'utf8').trim().split('\n') : [];
  return { conn, calls };
}

interface Ctx {
  owner: string;
  token: string;
}
const root = (host: HostConnection) => (host as LocalConnection).root;

const steps: Step<Ctx>[] = [
  {
    id: 'app/dirs',
    title: 'Create directories',
    run: async (ctx, host, ops) => {
      await ops.ensureDirectory({ path: join(root(host), 'etc/app'), mode: 0o755, owner: ctx.owner });
    },
  },
  {
    id: 'app/config',
    title: 'Write configuration',
    run: async (ctx, host, ops) => {
      await ops.ensureFile({
        path: join(root(host), 'etc/app/app.yaml'),
        content: `host: ${host.host}\n`,
        owner: ctx.owner,
        notify: ['app'],
      });
      await ops.ensureFile({
        path: join(root(host), 'etc/app/token'),
        content: ctx.token,
        mode: 0o600,
        owner: ctx.owner,
        secret: true,
        notify: ['app'],
      });
    },
  },
  {
    id: 'app/service',
    title: 'Install the app service',
    run: async (_ctx, host, ops) => {
      await ops.ensureUnit('app', {
        unit: { Description: 'test app' },
        service: { ExecStart: { command: '/usr/bin/sleep', args: ['infinity'] }, Restart: 'always' },
        install: { WantedBy: ['multi-user.target'] },
      });
      const marker = join(root(host), 'etc/app/initialised');
      await ops.run('Initialise app state', sh`touch ${marker}`, { check: sh`test -e ${marker}` });
      await ops.ensureServiceRunning('app', { restartIfChanged: true });
    },
  },
];

describe('runSteps', () => {
  let targets: Target[];
  let owner: string;
  beforeEach(async () => {
    targets = [await target('a'), await target('b')];
    owner = (await targets[0].conn.exec('echo "$(id -un):$(id -gn)"')).stdout.trim();
  });
  afterEach(() => Promise.all(targets.map((t) => t.conn.dispose())));

  const run = (mode: 'plan' | 'apply', extra: Partial<RunOptions<Ctx>> = {}, events: StepEvent[] = []) =>
    Promise.all(
      targets.map((t, i) =>
        runSteps({
          steps,
          hosts: [t.conn],
          ctx: { owner, token: 'CANARY-TOKEN-123' },
          mode,
          concurrency: 2,
          ops: { unitDir: t.conn.path('systemd'), unitOwner: owner, systemctl: t.conn.path('bin/systemctl') },
          // Each run numbers its own events; collect those of the first target only.
          onEvent: (e) => i === 0 && events.push(e),
          ...extra,
        }),
      ),
    ).then((results) => results[0]);

  it('plans every change on an empty target and touches nothing', async () => {
    const result = await run('plan');
    expect(result.ok).toBe(true);
    const kinds = result.plan.hosts[0].changes.map((c) => `${c.kind}:${c.reason}`);
    expect(kinds).toEqual([
      'directory:missing',
      'file:missing',
      'file:missing',
      'unit:missing',
      'command:unit app.service changed',
      'command:check failed',
      'service:not enabled, not running',
    ]);
    expect(existsSync(targets[0].conn.path('etc'))).toBe(false);
    expect(existsSync(targets[0].conn.path('systemd/app.service'))).toBe(false);
    expect(targets[0].calls().filter((c) => !c.startsWith('is-'))).toEqual([]);
  });

  it('applies the plan, after which a second plan is empty and a second apply changes and restarts nothing', async () => {
    const plan = await run('plan');
    const applied = await run('apply');
    expect(applied.plan.hosts[0].changes).toEqual(plan.plan.hosts[0].changes);
    expect(readFileSync(targets[0].conn.path('etc/app/app.yaml'), 'utf8')).toBe('host: a\n');
    // a unit systemd does not hold yet loads from disk when asked: no daemon-reload
    expect(targets[0].calls().filter((c) => !c.startsWith('is-'))).toEqual([
      'show -p LoadState -p NeedDaemonReload app.service',
      'enable --no-reload --now app.service',
    ]);

    expect((await run('plan')).summary.changes).toBe(0);
    const before = targets[0].calls().length;
    const again = await run('apply');
    expect(again.summary).toMatchObject({ ok: true, changes: 0 });
    expect(
      targets[0]
        .calls()
        .slice(before)
        .filter((c) => !c.startsWith('is-')),
    ).toEqual([]);
  });

  it('restarts a running service once when one of its files changed, and only then', async () => {
    await run('apply');
    writeFileSync(targets[0].conn.path('etc/app/app.yaml'), 'drifted\n');
    const fix = await run('apply');
    expect(fix.plan.hosts[0].changes.map((c) => c.kind)).toEqual(['file', 'restart']);
    expect(targets[0].calls().filter((c) => c.startsWith('restart'))).toEqual(['restart app.service']);
  });

  it('reloads systemd when a unit it holds an older version of changed, then restarts the service', async () => {
    await run('apply');
    const unit = targets[0].conn.path('systemd/app.service');
    writeFileSync(unit, readFileSync(unit, 'utf8').replace('infinity', '1000'));
    const before = targets[0].calls().length;
    await run('apply');
    expect(
      targets[0]
        .calls()
        .slice(before)
        .filter((c) => !c.startsWith('is-')),
    ).toEqual(['show -p LoadState -p NeedDaemonReload app.service', 'daemon-reload', 'restart app.service']);
  });

  it('records in the plan the sha256 of exactly what apply wrote, and no content of secret files', async () => {
    const result = await run('apply');
    const files = result.plan.hosts[0].changes.filter((c) => c.kind === 'file' || c.kind === 'unit');
    for (const f of files) {
      if (f.kind !== 'file' && f.kind !== 'unit') continue;
      expect(createHash('sha256').update(readFileSync(f.path)).digest('hex')).toBe(f.sha256);
    }
    const token = files.find((f) => f.kind === 'file' && f.secret);
    expect(token).toMatchObject({ mode: '0600', secret: true });
    expect(token && 'content' in token).toBe(false);
    expect(JSON.stringify(result.plan)).not.toContain('CANARY-TOKEN-123');
  });

  it('numbers events strictly increasing and ends with done; no event carries a secret', async () => {
    const events: StepEvent[] = [];
    await run('apply', {}, events);
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(events.at(-1)).toMatchObject({ type: 'done', ok: true });
    expect(events.filter((e) => e.type === 'step-finished').map((e) => e.type === 'step-finished' && e.changed)).toEqual([1, 2, 4]);
    expect(JSON.stringify(events)).not.toContain('CANARY-TOKEN-123');
  });
});

describe('runSteps on failure', () => {
  it('stops at the failed step, names every failed host, and cleans up the steps that ran in reverse', async () => {
    const hosts = [await LocalConnection.create('x'), await LocalConnection.create('y'), await LocalConnection.create('z')];
    const log: string[] = [];
    const step = (title: string, fail: string[] = []): Step<null> => ({
      id: `test/${title}`,
      title,
      run: async (_c, host) => {
        if (fail.includes(host.host)) throw new Error('boom');
      },
      cleanUp: async (_c, host) => void log.push(`${title}@${host.host}`),
    });
    const events: StepEvent[] = [];
    const result = await runSteps({
      steps: [step('one'), { ...step('two'), prepare: (_c, hs) => hs.slice(0, 2) }, step('three', ['x', 'z']), step('four')],
      hosts,
      ctx: null,
      mode: 'apply',
      concurrency: 3,
      onEvent: (e) => events.push(e),
    });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toBe('three failed on 2 host(s): x: boom; z: boom');
    expect(result.summary.failedHosts).toEqual(['x', 'z']);
    expect(log.sort()).toEqual(['one@x', 'one@y', 'one@z', 'three@x', 'three@y', 'three@z', 'two@x', 'two@y'].sort());
    expect(log.some((l) => l.startsWith('four'))).toBe(false);
    expect(events.filter((e) => e.type === 'host-failed').map((e) => e.type === 'host-failed' && e.host)).toEqual(['x', 'z']);
    await Promise.all(hosts.map((h) => h.dispose()));
  });

  it('skips hosts whose shouldRun says no and cancels pending hosts on abort', async () => {
    const hosts = [await LocalConnection.create('q'), await LocalConnection.create('p')];
    const ac = new AbortController();
    const events: StepEvent[] = [];
    const result = await runSteps<null>({
      steps: [
        { id: 'test/maybe', title: 'maybe', shouldRun: (_c, h) => h.host !== 'q', run: async () => ac.abort() },
        { id: 'test/never', title: 'never', run: async () => undefined },
      ],
      hosts,
      ctx: null,
      mode: 'plan',
      concurrency: 1,
      signal: ac.signal,
      onEvent: (e) => events.push(e),
    });
    expect(events.find((e) => e.type === 'step-skipped')).toMatchObject({ host: 'q', step: 'maybe' });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^never failed on 2 host\(s\): q: .*cancelled; p: .*cancelled/);
    expect(events.some((e) => e.type === 'step-started' && e.step === 'never')).toBe(false);
    await Promise.all(hosts.map((h) => h.dispose()));
  });
});
