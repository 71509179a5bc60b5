import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { RemoteCommandError } from '@kdeploy/errors';
import { SshHost } from './ssh-host';
import { labOptions, labRoot, outside } from './testing/lab-fixture';
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

  describe('with a zstd form', () => {
    const zstd = (b: Buffer) => execFileSync('zstd', ['-qc'], { input: b, maxBuffer: 64 << 20 });
    const text = Buffer.from(Array.from({ length: 300_000 }, (_, i) => `line ${i % 977}\n`).join(''));
    const sha = createHash('sha256').update(text).digest('hex');

    it('sends the compressed bytes, and the host unpacks them to the checked content', async () => {
      const path = `${dir}/zstd/kubelet`;
      const packed = zstd(text);
      const r = await ssh.upload(text, path, { mode: 0o755, sha256: sha, zstd: packed });
      expect(r).toEqual({ changed: true, sha256: sha, bytesSent: packed.length });
      expect(packed.length).toBeLessThan(text.length / 4);
      const [hash, stat, listing] = (
        await outside(lab, host, `sha256sum ${path}; stat -c %a ${path}; ls -A ${dir}/zstd | tr "\n" " "`)
      ).split('\n');
      expect([hash.slice(0, 64), stat, listing.trim()]).toEqual([sha, '755', 'kubelet']);
    });

    it('refuses a compressed form that unpacks to other bytes, and leaves the file as it was', async () => {
      const path = `${dir}/zstd/kube-proxy`;
      await ssh.upload('old\n', path);
      const other = zstd(Buffer.concat([text, Buffer.from('tampered\n')]));
      await expect(ssh.upload(text, path, { sha256: sha, zstd: other })).rejects.toThrow(RemoteCommandError);
      expect(await outside(lab, host, `cat ${path}; ls -A ${dir}/zstd | tr "\n" " "`)).toBe('old\nkube-proxy kubelet ');
    });

    it('sends the content as it is to a host without zstd', async () => {
      await outside(lab, host, 'chmod a-x /usr/bin/zstd');
      const fresh = new SshHost(labOptions(lab, host));
      try {
        const path = `${dir}/zstd/plain`;
        const r = await fresh.upload(text, path, { sha256: sha, zstd: zstd(text) });
        expect(r.bytesSent).toBe(text.length);
        expect(await fresh.sha256(path)).toBe(sha);
      } finally {
        await outside(lab, host, 'chmod a+x /usr/bin/zstd');
        await fresh.close();
      }
    });
  });

  it('sha256 of a missing file is null', async () => {
    expect(await ssh.sha256(`${dir}/missing`)).toBeNull();
  });
});
