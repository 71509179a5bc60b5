import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commonV1 } from '@kdeploy/proto';
import { resolveArtifacts } from './artifact-source';
import { zstdCacheDir, zstdCopy } from './zstd-copy';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
// what a host runs on what it receives: the real zstd
const unpack = (b: Buffer) => execFileSync('zstd', ['-dqc'], { input: b, maxBuffer: 64 << 20 });
// compressible like a binary: random words repeated
const binaryLike = (mb: number) => {
  const words = Array.from({ length: 4096 }, () => randomBytes(6).toString('hex'));
  return Buffer.from(Array.from({ length: mb * 80_000 }, (_, i) => words[(i * 7919) % words.length]).join(' '));
};

describe('zstdCopy', () => {
  const work = () => mkdtempSync(join(tmpdir(), 'kd-zstd-'));

  it('makes a copy that unpacks to the file, a fraction of its size, then serves it from the cache', async () => {
    const dir = work();
    const data = binaryLike(2);
    writeFileSync(join(dir, 'kubelet'), data);
    const cache = join(dir, 'cache');
    const first = await zstdCopy(join(dir, 'kubelet'), sha(data), cache);
    expect(first).toBeDefined();
    expect(sha(unpack(first as Buffer))).toBe(sha(data));
    expect((first as Buffer).length).toBeLessThan(data.length / 2);
    const copy = join(cache, `${sha(data)}.zst`);
    const made = statSync(copy).mtimeMs;
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const again = await zstdCopy(join(dir, 'kubelet'), sha(data), cache);
    expect(again?.equals(first as Buffer)).toBe(true);
    expect(statSync(copy).mtimeMs).toBe(made);
  });

  it('makes a damaged copy again instead of sending it', async () => {
    const dir = work();
    const data = binaryLike(2);
    writeFileSync(join(dir, 'kube-proxy'), data);
    const cache = join(dir, 'cache');
    await zstdCopy(join(dir, 'kube-proxy'), sha(data), cache);
    const copy = join(cache, `${sha(data)}.zst`);
    const damaged = readFileSync(copy);
    damaged[damaged.length >> 1] ^= 0xff;
    writeFileSync(copy, damaged);
    const again = await zstdCopy(join(dir, 'kube-proxy'), sha(data), cache);
    expect(sha(unpack(again as Buffer))).toBe(sha(data));
  });

  it('gives one copy to callers asking at the same time', async () => {
    const dir = work();
    const data = binaryLike(3);
    writeFileSync(join(dir, 'containerd'), data);
    const cache = join(dir, 'cache');
    const all = await Promise.all([1, 2, 3].map(() => zstdCopy(join(dir, 'containerd'), sha(data), cache)));
    expect(all.map((b) => sha(b as Buffer))).toEqual(Array(3).fill(sha(all[0] as Buffer)));
  });

  it('sends the file as it is, saying so once, when the cache cannot be written', async () => {
    const dir = work();
    const data = binaryLike(2);
    writeFileSync(join(dir, 'etcd'), data);
    // a file where the directory should be: mkdir fails whoever runs the test, root included
    writeFileSync(join(dir, 'cache'), '');
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(await zstdCopy(join(dir, 'etcd'), sha(data), join(dir, 'cache', 'zstd'))).toBeUndefined();
      expect(await zstdCopy(join(dir, 'etcd'), sha(data), join(dir, 'cache', 'zstd'))).toBeUndefined();
      expect(warn.mock.calls).toEqual([
        [expect.stringMatching(/cache\/zstd .*ENOTDIR.*sent uncompressed.*KDEPLOY_CACHE_DIR/), { code: 'KDEPLOY_ZSTD_CACHE' }],
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('lives under KDEPLOY_CACHE_DIR, else the user cache', () => {
    expect(zstdCacheDir({ KDEPLOY_CACHE_DIR: '/srv/kd' })).toBe('/srv/kd/zstd');
    expect(zstdCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/kdeploy/zstd');
  });

  it('is what a resolved artifact offers for a large file, and nothing for a small one', async () => {
    const dir = work();
    process.env['KDEPLOY_CACHE_DIR'] = join(dir, 'cache');
    const big = binaryLike(2);
    const small = Buffer.from('#!/bin/sh\n');
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'small'), small);
    const entries = [
      { name: 'big', version: '1.0.0', arch: 'amd64', sha256: sha(big), path: 'big' },
      { name: 'small', version: '1.0.0', arch: 'amd64', sha256: sha(small), path: 'small' },
    ];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ artifacts: entries }));
    const source = { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY', location: dir, artifacts: [] } as unknown as commonV1.ArtifactSource__Output;
    const [b, s] = await resolveArtifacts(source, '', ['big', 'small']);
    expect(sha(unpack((await b.zstd()) as Buffer))).toBe(sha(big));
    expect(await s.zstd()).toBeUndefined();
    delete process.env['KDEPLOY_CACHE_DIR'];
  });
});
