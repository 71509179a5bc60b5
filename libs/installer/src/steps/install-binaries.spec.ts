import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import type { ResolvedArtifact } from '@kdeploy/artifacts';
import { runSteps } from '@kdeploy/steps';
import { LocalConnection } from '@kdeploy/steps/testing';
import { installBinariesStep } from './install-binaries';
import type { KitContext } from './kit-context';

const bytes = Buffer.from('#!/bin/sh\necho tool v1\n');
const artifact: ResolvedArtifact = {
  name: 'tool',
  version: 'v1',
  sha256: createHash('sha256').update(bytes).digest('hex'),
  read: async () => bytes,
  zstd: async () => undefined,
};

describe('the kit binary step', () => {
  let host: LocalConnection;
  beforeEach(async () => (host = await LocalConnection.create('h1')));
  afterEach(() => host.dispose());

  const apply = (mode: 'plan' | 'apply' = 'apply') => {
    const step = installBinariesStep<KitContext>({
      id: 'kit/install-binaries',
      title: 'Install binaries',
      layout: { binDir: host.path('bin'), cacheDir: host.path('cache') },
    });
    return runSteps({ steps: [step], hosts: [host], ctx: { clusterId: 'c1', takeOverHosts: false, artifacts: [artifact] }, mode });
  };

  it('installs from the cache, then changes nothing, and a dry run before it writes nothing', async () => {
    const planned = await apply('plan');
    expect(planned.summary.changes).toBeGreaterThan(0);
    expect(existsSync(host.path('bin', 'tool')) || existsSync(host.path('cache', 'verified', 'tool'))).toBe(false);
    const first = await apply();
    expect(first.ok).toBe(true);
    expect(readFileSync(host.path('bin', 'tool'))).toEqual(bytes);
    expect(readFileSync(host.path('cache', 'verified', 'tool'), 'utf8')).toMatch(
      new RegExp(`^${artifact.sha256} \\d+ \\d+ \\d+\\.\\d{9} \\d+\\.\\d{9}\\n$`),
    );
    expect((await apply()).summary.changes).toBe(0);
  });

  it('installs a copy of the verified cached copy, whose stamp still holds afterwards', async () => {
    await apply();
    const installed = statSync(host.path('bin', 'tool'));
    expect(installed.ino).not.toBe(statSync(host.path('cache', artifact.sha256)).ino);
    expect(installed.mode & 0o777).toBe(0o755);
    // removing the installed copy leaves the cache's stamp good: a reinstall neither sends nor hashes
    rmSync(host.path('bin', 'tool'));
    const again = await apply();
    expect(again.plan.hosts[0].changes.map((c) => c.kind)).toEqual(['command']);
    expect(readFileSync(host.path('bin', 'tool'))).toEqual(bytes);
  });

  it('reinstalls a binary changed on the host, whatever its stamp says, from the cache the change never reached', async () => {
    await apply();
    appendFileSync(host.path('bin', 'tool'), 'tampered\n');
    const again = await apply();
    expect(again.plan.hosts[0].changes.map((c) => c.kind)).toEqual(['command']);
    expect(readFileSync(host.path('bin', 'tool'))).toEqual(bytes);
    expect(readFileSync(host.path('cache', artifact.sha256))).toEqual(bytes);
  });

  it('hashes a cached copy whose stamp does not match before trusting it', async () => {
    await apply();
    rmSync(host.path('bin', 'tool'));
    writeFileSync(host.path('cache', artifact.sha256), 'not the artifact\n');
    expect((await apply()).plan.hosts[0].changes.map((c) => c.kind)).toEqual(['file', 'command']);
    expect(readFileSync(host.path('bin', 'tool'))).toEqual(bytes);
  });

  it('sees a same-size rewrite whose mtime was set back, through its ctime', async () => {
    await apply();
    const path = host.path('bin', 'tool');
    const { mtime } = statSync(path);
    writeFileSync(path, Buffer.from(bytes.toString().replace('v1', 'v2')));
    utimesSync(path, mtime, mtime);
    // one change: the installed copy again, from the cache the rewrite did not reach
    expect((await apply()).summary.changes).toBe(1);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('hashes a binary whose stamp no longer matches and, when the hash is right, only restamps it', async () => {
    await apply();
    utimesSync(host.path('bin', 'tool'), new Date(), new Date(Date.now() - 3_600_000));
    const stampBefore = readFileSync(host.path('cache', 'verified', 'tool'), 'utf8');
    const again = await apply();
    expect(again.summary.changes).toBe(0);
    expect(readFileSync(host.path('cache', 'verified', 'tool'), 'utf8')).not.toBe(stampBefore);
  });
});
