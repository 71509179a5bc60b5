import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, testTls } from '@kdeploy/testing';
import { run } from './main';

jest.setTimeout(60_000);

const TOKEN = 'kd_cli_test_token';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts a built app as its own process and waits for `ready` in its output. */
async function startApp(name: string, args: string[], env: Record<string, string>, ready: string) {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'apps', name, 'main.js'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 15_000;
  while (!out.includes(ready)) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`${name} did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { stop: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))) };
}

describe('the kdeploy CLI against a real gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kd-cli-'));
  let url: string;
  let stops: (() => Promise<void>)[] = [];
  const cli = async (args: string[], env: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(
      args,
      { KDEPLOY_GATEWAY: url, KDEPLOY_TOKEN: TOKEN, ...env },
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    const pkiAddress = `127.0.0.1:${await freePort()}`;
    const etcdAddress = `127.0.0.1:${await freePort()}`; // nothing listens: the etcd stage fails at once, touching no host
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const tls = await testTls();
    const pki = await startApp(
      'pki-service',
      ['--listen', pkiAddress, '--store', join(dir, 'pki.db'), '--tls-dir', tls.dir('pki-service').dir],
      { PKI_STORE_KEY: '6'.repeat(64) },
      'grpc server listening',
    );
    const gw = await startApp(
      'gateway',
      [
        '--listen',
        `127.0.0.1:${port}`,
        '--store',
        join(dir, 'gw.db'),
        '--pki-address',
        pkiAddress,
        '--etcd-address',
        etcdAddress,
        '--tls-dir',
        tls.dir('gateway').dir,
      ],
      { GATEWAY_STORE_KEY: '7'.repeat(64), GATEWAY_TOKEN_HASHES: createHash('sha256').update(TOKEN).digest('hex') },
      'gateway listening',
    );
    stops = [gw.stop, pki.stop];
    writeFileSync(join(dir, 'id'), 'not a real key\n', { mode: 0o600 });
    writeFileSync(join(dir, 'known_hosts'), '');
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  const spec = (name: string, extra = '') => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(
      file,
      `apiVersion: kdeploy.io/v1\nkind: Cluster\nmetadata: {name: ${name}}\nspec:\n  kubernetesVersion: v1.37.2\n  hosts:\n` +
        `    - {name: n1, address: 10.211.0.201, roles: [master, etcd, node]}\n` +
        `  ssh: {user: root, privateKeyFile: ${join(dir, 'id')}, knownHostsFile: ${join(dir, 'known_hosts')}}\n  artifacts: {source: /nonexistent}\n${extra}`,
    );
    return file;
  };

  const helpLines = (r: { out: string }) => r.out.split('\n').map((l) => l.trim());

  it('prints help for --help and a usage error for an unknown command', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/kdeploy up -f FILE \[--dry-run\]/);
    const bad = await cli(['launch']);
    expect([bad.code, bad.err.split('\n')[0]]).toEqual([2, 'kdeploy: usage error']);
    expect(help.out).toMatch(/kdeploy kubeconfig ID \[-o FILE\]/);
    const noId = await cli(['kubeconfig']);
    expect([noId.code, noId.err.split('\n')[0]]).toEqual([2, 'kdeploy: usage error']);
  });

  it('refuses day-2 commands with a malformed host or a missing argument, and names an unknown cluster', async () => {
    expect(helpLines(await cli(['--help']))).toEqual(
      expect.arrayContaining(['kdeploy add-nodes ID NAME=ADDRESS...', 'kdeploy remove-node ID HOST']),
    );
    const malformed = await cli(['add-nodes', 'c1', 'node4:10.0.0.14']);
    expect([malformed.code, malformed.err]).toEqual([2, 'kdeploy: "node4:10.0.0.14" is not NAME=ADDRESS (e.g. node4=10.0.0.14)']);
    for (const args of [
      ['add-nodes', 'c1'],
      ['remove-node', 'c1'],
      ['remove-node', 'c1', 'a', 'b'],
    ]) {
      const r = await cli(args);
      expect([r.code, r.err.split('\n')[0]]).toEqual([2, 'kdeploy: usage error']);
    }
    const add = await cli(['add-nodes', 'nowhere', 'node4=10.211.0.204']);
    expect([add.code, add.err]).toEqual([2, 'kdeploy: 404 Not Found: cluster nowhere not found']);
    const rm = await cli(['remove-node', 'nowhere', 'node4']);
    expect([rm.code, rm.err]).toEqual([2, 'kdeploy: 404 Not Found: cluster nowhere not found']);
  });

  it('refuses the kubeconfig of a cluster that does not exist, naming it', async () => {
    const r = await cli(['kubeconfig', 'nowhere']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/404 .*cluster nowhere not found/);
  });

  it('refuses a spec file with its problems by field path before sending anything', async () => {
    const r = await cli(['up', '-f', spec('bad', '  extra: 1\n')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('spec.extra: unknown field');
    expect((await cli(['status'])).out).toBe('no clusters');
  });

  it('reads paths relative to the spec file, and names a missing lab file once with how to start the lab', async () => {
    const sub = mkdtempSync(join(dir, 'specs-'));
    const file = join(sub, 'lab.yaml');
    writeFileSync(
      file,
      'apiVersion: kdeploy.io/v1\nkind: Cluster\nmetadata: {name: rel}\nspec:\n  kubernetesVersion: v1.37.2\n  hosts:\n' +
        '    - {name: n1, address: 10.211.0.201, roles: [master, etcd, node]}\n' +
        '  ssh: {user: root, privateKeyFile: ./.lab/id_ed25519, knownHostsFile: ../known_hosts}\n  artifacts: {source: /nonexistent}\n',
    );
    const r = await cli(['up', '-f', file]);
    expect(r.code).toBe(2);
    // ../known_hosts is the suite's file beside the spec's folder: found; ./.lab/id_ed25519 is not there
    expect(r.err).toBe(
      `kdeploy: ${file} names files that are not there:\n  spec.ssh.privateKeyFile: ${join(sub, '.lab', 'id_ed25519')} does not exist (it is the lab's: start the lab first with \`tools/lab/bin/lab up 3\`)`,
    );
    expect((await cli(['status'])).out).toBe('no clusters');
  });

  it('says why the gateway refused: a wrong token is 401, an unknown cluster 404', async () => {
    const wrong = await cli(['status'], { KDEPLOY_TOKEN: 'wrong' });
    expect([wrong.code, wrong.err]).toEqual([2, 'kdeploy: 401 Unauthorized: the bearer token is not valid']);
    const missing = await cli(['status', 'nope']);
    expect([missing.code, missing.err]).toEqual([2, 'kdeploy: 404 Not Found: cluster nope not found']);
  });

  it('follows a job to its failure with a line per stage and host step, the error at the end, exit 1; status shows the same', async () => {
    const r = await cli(['up', '-f', spec('fails')]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^cluster fails: job \S+ accepted/);
    expect(r.out).toMatch(/pki +started +Create the cluster PKI/);
    expect(r.out).toMatch(/pki +pki-service +changed +Create or confirm the CAs \(\d+\.\ds\)/);
    expect(r.out).toMatch(/pki +done +Create the cluster PKI \(\d+\.\ds\)/);
    expect(r.out).toMatch(/etcd +FAILED +Install the etcd cluster \(\d+\.\ds\): Apply: UNAVAILABLE/);
    expect(lines[lines.length - 1]).toMatch(/job FAILED after \d+\.\ds: Apply: UNAVAILABLE/);
    const status = await cli(['status', 'fails']);
    expect(status.code).toBe(1);
    expect(status.out).toMatch(/^cluster fails: failed\njob \S+ \(deploy\): failed in \d+\.\ds\n {2}pki +done/);
    expect(status.out).toMatch(/pki-service +done/);
    const list = await cli(['status']);
    expect(list.out).toMatch(/^fails +failed +updated/);
  });
});
