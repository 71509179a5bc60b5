import { existsSync, statSync } from 'node:fs';
import { CancelledError, RemoteCommandError, TimeoutError } from '@kdeploy/errors';
import { LocalConnection } from './local-connection';
import { sh } from '@kdeploy/ssh';

describe('LocalConnection', () => {
  let conn: LocalConnection;
  beforeEach(async () => (conn = await LocalConnection.create('local')));
  afterEach(() => conn.dispose());

  it('runs commands in its root and returns stdout, stderr and exit code', async () => {
    const r = await conn.exec('pwd; echo oops >&2');
    expect(r).toEqual({ exitCode: 0, stdout: `${conn.root}\n`, stderr: 'oops\n' });
  });

  it('rejects a failing command with RemoteCommandError unless allowFailure is set', async () => {
    await expect(conn.exec('echo bad >&2; exit 3')).rejects.toMatchObject({
      name: 'RemoteCommandError',
      host: 'local',
      exitCode: 3,
      stderrTail: 'bad',
    });
    await expect(conn.exec('exit 3', { allowFailure: true })).resolves.toMatchObject({ exitCode: 3 });
    await expect(conn.exec('exit 1')).rejects.toBeInstanceOf(RemoteCommandError);
  });

  it('feeds stdin to the command and closes it, so a reader sees EOF', async () => {
    expect((await conn.exec('cat', { stdin: 'secret\n' })).stdout).toBe('secret\n');
    expect((await conn.exec('cat')).stdout).toBe('');
  });

  it('kills the whole command on timeout before rejecting with TimeoutError', async () => {
    const marker = conn.path('late');
    await expect(conn.exec(sh`sleep 1 && touch ${marker}`, { timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
    await new Promise((r) => setTimeout(r, 1200));
    expect(existsSync(marker)).toBe(false);
  });

  it('kills the command on abort and rejects with CancelledError, and never starts one already aborted', async () => {
    const ac = new AbortController();
    const running = conn.exec('sleep 5', { signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    const marker = conn.path('never');
    await expect(conn.exec(sh`touch ${marker}`, { signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(marker)).toBe(false);
  });

  it('uploads with mode and owner, and reports unchanged when hash, mode and owner match', async () => {
    const owner = (await conn.exec('echo "$(id -un):$(id -gn)"')).stdout.trim();
    const path = conn.path('f.conf');
    const first = await conn.upload('hello', path, { mode: 0o600, owner });
    expect(first).toMatchObject({ changed: true, bytesSent: 5 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await conn.sha256(path)).toBe(first.sha256);
    expect(await conn.upload('hello', path, { mode: 0o600, owner })).toMatchObject({ changed: false, bytesSent: 0 });
    expect(await conn.upload('hello', path, { mode: 0o640, owner })).toMatchObject({ changed: true, bytesSent: 0 });
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('creates missing parent directories like SshHost, refuses a relative path, hashes a missing file as null', async () => {
    await conn.upload('x', conn.path('new/dir/f'), { owner: (await conn.exec('id -un')).stdout.trim() });
    expect(await conn.sha256(conn.path('new/dir/f'))).not.toBeNull();
    await expect(conn.upload('x', 'relative.txt')).rejects.toThrow(/absolute/);
    expect(await conn.sha256(conn.path('missing'))).toBeNull();
  });
});
