import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { testTls } from '@kdeploy/testing';
import { hashToken } from '../http/auth';
import { call, startGatewayHarness } from '../testing/gateway-harness';
import { offlineSpec } from '../testing/lab-spec';
import { AppProcess, freePort, startApp, startBlackHole, startPkiProcess, TEST_STORE_KEY, TEST_TOKEN, waitFor } from '../testing/processes';
import { readEvents } from '../testing/sse-client';
import { DEPLOY_STAGES } from './stages';

jest.setTimeout(90_000);

describe('jobs are checkpointed: a killed gateway resumes, a failed job retries from its first unfinished stage', () => {
  let dir: string;
  let pki: AppProcess & { address: string };
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  let spec: ReturnType<typeof offlineSpec>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-resume-'));
    writeFileSync(join(dir, 'id'), 'not a real key\n', { mode: 0o600 });
    writeFileSync(join(dir, 'known_hosts'), '');
    spec = offlineSpec(join(dir, 'id'), join(dir, 'known_hosts'), 'resume');
    pki = await startPkiProcess(join(dir, 'pki.db'));
    hole = await startBlackHole();
  });
  afterAll(async () => {
    await hole?.close();
    await pki?.stop();
  });

  const cas = async () => {
    const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, pki.address, { tls: (await testTls()).client() });
    try {
      return (await client.unary('GetCACertificates', { clusterId: 'resume' })).cas.map((c) => c.certificatePem);
    } finally {
      client.close();
    }
  };

  it('picks the job up after SIGKILL without redoing the pki stage, with the same CAs, and SSE replays what a client missed', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const args = [
      '--listen',
      `127.0.0.1:${port}`,
      '--store',
      join(dir, 'gateway.db'),
      '--pki-address',
      pki.address,
      '--etcd-address',
      hole.address,
      // the nodes' preparation runs beside etcd: held too, so that both are in work when the gateway dies
      '--node-address',
      hole.address,
      '--tls-dir',
      (await testTls()).dir('gateway').dir,
    ];
    const env = { GATEWAY_STORE_KEY: TEST_STORE_KEY, GATEWAY_TOKEN_HASHES: hashToken(TEST_TOKEN) };
    const first = startApp('gateway', args, env);
    await waitFor(
      () => first.output.join('').includes('gateway listening'),
      15_000,
      () => first.output.join(''),
    );
    expect((await call(url, 'POST', '/clusters', { body: spec })).status).toBe(202);
    const inWork = new Set<unknown>();
    const seen = await readEvents(url, 'resume', {
      until: (e) => e.event === 'stage-started' && e.data['stage'] !== 'pki' && inWork.add(e.data['stage']).size === 2,
    });
    expect([...inWork].sort()).toEqual(['etcd', 'node']);
    const before = await cas();
    expect(before).toHaveLength(3);
    const pkiBefore = (await call(url, 'GET', '/clusters/resume')).json['job'].stages[0];
    expect(pkiBefore).toMatchObject({ id: 'pki', state: 'done' });

    await first.stop('SIGKILL');
    const second = startApp('gateway', args, env);
    try {
      await waitFor(
        () => second.output.join('').includes('gateway listening'),
        15_000,
        () => second.output.join(''),
      );
      await waitFor(
        async () => (await call(url, 'GET', '/clusters/resume')).json['job'].stages[1].startedAt > pkiBefore.finishedAt,
        10_000,
      );
      const view = (await call(url, 'GET', '/clusters/resume')).json;
      expect(view['phase']).toBe('deploying');
      expect(view['job'].stages[0]).toEqual(pkiBefore); // the checkpoint, untouched
      expect(view['job'].stages[1]).toMatchObject({ id: 'etcd', state: 'running' });
      expect(await cas()).toEqual(before);

      // A client that saw up to `last` reconnects with Last-Event-ID and gets only what followed.
      const last = seen[seen.length - 1].id;
      const restarted = new Set<unknown>();
      const missed = await readEvents(url, 'resume', {
        lastEventId: last,
        until: (e) => e.event === 'stage-started' && restarted.add(e.data['stage']).size === 2,
      });
      expect(missed[0].id).toBe(last + 1);
      expect(missed.map((e) => e.event)).toEqual(['job-started', 'stage-started', 'stage-started']);
      expect(missed[0].data).toMatchObject({ resumed: true, stages: DEPLOY_STAGES.map((x) => x.id) });
      // the two stages that need only pki start again; pki does not
      expect([...restarted].sort()).toEqual(['etcd', 'node']);
      const all = await readEvents(url, 'resume', { until: (e) => e.id === last + 3 });
      expect(all.map((e) => e.id)).toEqual(all.map((_e, i) => i + 1));
      expect(all.filter((e) => e.event === 'stage-started' && e.data['stage'] === 'pki')).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('retries a failed job from the stage that failed, and a finished job replays its events and ends the stream', async () => {
    const closed = `127.0.0.1:${await freePort()}`; // nothing listens: the etcd call fails at once
    const gw = await startGatewayHarness({
      services: { pki: pki.address, etcd: closed, master: closed, node: closed, network: closed },
      storePath: join(dir, 'retry.db'),
    });
    try {
      const body = { ...spec, metadata: { name: 'retry' } };
      expect((await call(gw.url, 'POST', '/clusters', { body })).status).toBe(202);
      const events = await readEvents(gw.url, 'retry', { ms: 20_000 }); // ends by itself after job-finished
      // after pki, etcd and node start together and both fail at once (nothing listens)
      expect(events.map((e) => e.event)).toEqual([
        'job-started',
        'stage-started',
        'host-step-started',
        'host-step-finished',
        'stage-finished',
        'stage-started',
        'stage-started',
        'stage-failed',
        'stage-failed',
        'job-finished',
      ]);
      const failed = events[events.length - 1].data;
      expect(failed).toMatchObject({
        state: 'failed',
        error: { code: 'unavailable', message: expect.stringContaining('Apply: UNAVAILABLE') },
      });
      const view = (await call(gw.url, 'GET', '/clusters/retry')).json;
      expect(view['phase']).toBe('failed');
      expect(view['job'].stages.map((s: { state: string }) => s.state)).toEqual([
        'done',
        'failed',
        'pending',
        'failed',
        'pending',
        'pending',
        'pending',
        'pending',
      ]);
      expect(view['job'].stages[1].error.message).toContain('UNAVAILABLE');
      // the cluster's updated time is when its last job ended, not when its spec came in
      expect(Date.parse(view['updatedAt'])).toBeGreaterThanOrEqual(Date.parse(view['job'].finishedAt));

      const retried = await call(gw.url, 'POST', '/clusters/retry/retry');
      expect(retried.status).toBe(202);
      expect(retried.json['jobId']).toBe(view['job'].id);
      const more = await readEvents(gw.url, 'retry', { lastEventId: events.length, ms: 20_000 });
      expect(more.map((e) => e.event)).toEqual([
        'job-started',
        'stage-started',
        'stage-started',
        'stage-failed',
        'stage-failed',
        'job-finished',
      ]);
      // the retry starts from the failed stages, not from pki
      expect(
        more
          .filter((e) => e.event === 'stage-started')
          .map((e) => e.data['stage'])
          .sort(),
      ).toEqual(['etcd', 'node']);
      expect(more[0].data['resumed']).toBe(true);
      const notAgain = await call(gw.url, 'POST', '/clusters/nope/retry');
      expect(notAgain.status).toBe(404);
    } finally {
      await gw.gateway.stop();
    }
  });
});
