import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@kdeploy/logging';
import type { PerService } from '@kdeploy/proto';
import { testTls } from '@kdeploy/testing';
import { Gateway, startGateway } from '../app';
import { hashToken } from '../http/auth';
import { TEST_STORE_KEY, TEST_TOKEN } from './processes';

/** A gateway in this process on 127.0.0.1:0 with a fresh SQLite file and its logs captured. */
export async function startGatewayHarness(opts: {
  services: PerService<string>;
  storePath?: string;
  maxRunningJobs?: number;
  bodyLimitBytes?: number;
}) {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(chunk.toString());
      cb();
    },
  });
  const storePath = opts.storePath ?? join(mkdtempSync(join(tmpdir(), 'kd-gw-')), 'gateway.db');
  const gateway: Gateway = await startGateway({
    listen: '127.0.0.1:0',
    storePath,
    storeKey: TEST_STORE_KEY,
    tokenHashes: [hashToken(TEST_TOKEN)],
    services: opts.services,
    maxRunningJobs: opts.maxRunningJobs ?? 4,
    bodyLimitBytes: opts.bodyLimitBytes ?? 262_144,
    deadlines: { unaryMs: 10_000, streamMs: 600_000 },
    tls: (await testTls()).dir('gateway'),
    logger: createLogger('gateway', { destination, level: 'debug' }),
  });
  return { gateway, url: gateway.url, storePath, logs };
}

/** fetch with the test token (or `token`), JSON in and out. */
export async function call(
  url: string,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token !== null) headers['authorization'] = `Bearer ${opts.token ?? TEST_TOKEN}`;
  if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
