import { createHash, randomBytes } from 'node:crypto';
import { labRoot, outside } from './testing/lab-fixture';
import type { SshHost } from './ssh-host';
import type { LabHost, LabInfo } from '@kdeploy/testing';

let ssh: SshHost;
let lab: LabInfo;
let host: LabHost;
const dir = `/tmp/kdeploy-upload-${process.pid}`;
beforeAll(async () => {
  ({ ssh, lab, host } = await labRoot(0));
  await outside(lab, host, `rm -rf ${dir}; id nobody`);
});
afterAll(async () => {
  await outside(lab, host, `rm -rf ${dir}`);
  await ssh.close();
});

describe('upload', () => {
  it('writes content, mode and owner, creating parent directories', async () => {
    const data = randomBytes(200_000);
    const r = await ssh.upload(data, `${dir}/a/b/file.bin`, { mode: 0o640, owner: 'nobody:nogroup' });
    const sha = createHash('sha256').update(data).digest('hex');
    expect(r).toEqual({ changed: true, sha256: sha, bytesSent: data.length });
    const seen = (await outside(lab, host, `sha256sum ${dir}/a/b/file.bin; stat -c '%a %U:%G' ${dir}/a/b/file.bin`)).split('\n');
    expect(seen[0].slice(0, 64)).toBe(sha);
    expect(seen[1]).toBe('640 nobody:nogroup');
    expect(await ssh.sha256(`${dir}/a/b/file.bin`)).toBe(sha);
  });

  it('sends nothing the second time, and again when only the mode differs', async () => {
    const path = `${dir}/same.conf`;
    expect((await ssh.upload('key: value\n', path, { mode: 0o600 })).changed).toBe(true);
    expect(await ssh.upload('key: value\n', path, { mode: 0o600 })).toMatchObject({ changed: false, bytesSent: 0 });
    expect(await ssh.upload('key: value\n', path, { mode: 0o644 })).toMatchObject({ changed: true, bytesSent: 11 });
    expect((await outside(lab, host, `stat -c %a ${path}`)).trim()).toBe('644');
  });

  it('replaces by rename: a reader holding the old file keeps it, no temp file is left', async () => {
    const path = `${dir}/atomic.txt`;
    await ssh.upload('old\n', path);
    const inodeBefore = (await outside(lab, host, `stat -c %i ${path}`)).trim();
    await ssh.upload('new\n', path);
    const [inodeAfter, content, listing] = (await outside(lab, host, `stat -c %i ${path}; cat ${path}; ls -A ${dir} | tr "\\n" " "`)).split(
      '\n',
    );
    expect(inodeAfter).not.toBe(inodeBefore);
    expect(content).toBe('new');
    expect(listing.split(/\s+/).filter((f) => f.includes('kdeploy'))).toEqual([]);
  });

  it('streams a large file on a channel of its own: same hash, mode and owner, replaced by rename, nothing staged left', async () => {
    const path = `${dir}/big/file.bin`;
    const first = randomBytes(3_000_000);
    await ssh.upload(first, path, { mode: 0o750, owner: 'nobody:nogroup' });
    const inodeBefore = (await outside(lab, host, `stat -c %i ${path}`)).trim();
    const data = randomBytes(3_000_000);
    const r = await ssh.upload(data, path, { mode: 0o750, owner: 'nobody:nogroup' });
    const sha = createHash('sha256').update(data).digest('hex');
    expect(r).toEqual({ changed: true, sha256: sha, bytesSent: data.length });
    const [hash, stat, inode, listing] = (
      await outside(lab, host, `sha256sum ${path}; stat -c '%a %U:%G' ${path}; stat -c %i ${path}; ls -A ${dir}/big | tr "\\n" " "`)
    ).split('\n');
    expect([hash.slice(0, 64), stat]).toEqual([sha, '750 nobody:nogroup']);
    expect(inode).not.toBe(inodeBefore);
    expect(listing.trim()).toBe('file.bin');
    expect(await ssh.upload(data, path, { mode: 0o750, owner: 'nobody:nogroup' })).toMatchObject({ changed: false, bytesSent: 0 });
  });

  it('sha256 of a missing file is null', async () => {
    expect(await ssh.sha256(`${dir}/missing`)).toBeNull();
  });
});
