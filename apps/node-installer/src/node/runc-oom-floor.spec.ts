import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runcOomFloorScript } from './runc-oom-floor';

describe('runc-oom-floor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oom-floor-'));
  // the script as written, with runc replaced by a printer of what it would run
  const script = join(dir, 'runc');
  writeFileSync(script, runcOomFloorScript().replace(/^exec \S+/m, 'echo runc'));
  const own = Number(readFileSync('/proc/self/oom_score_adj', 'utf8'));
  const run = (...args: string[]) => execFileSync('sh', [script, ...args], { encoding: 'utf8' });

  it("raises a bundle's and an exec's OOM score below its own to its own, then runs runc with the same arguments", () => {
    writeFileSync(join(dir, 'config.json'), '{"process":{"oomScoreAdj":-998,"args":["/pause"]},"ociVersion":"1.2.0"}');
    writeFileSync(join(dir, 'process.json'), '{"oomScoreAdj":-997}');
    expect(run('--root', '/run/r', 'create', '--bundle', dir, '--pid-file', 'p', 'id')).toBe(
      `runc --root /run/r create --bundle ${dir} --pid-file p id\n`,
    );
    run('exec', `--process=${join(dir, 'process.json')}`, 'id');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(
      `{"process":{"oomScoreAdj":${own},"args":["/pause"]},"ociVersion":"1.2.0"}`,
    );
    expect(readFileSync(join(dir, 'process.json'), 'utf8')).toBe(`{"oomScoreAdj":${own}}`);
  });

  it('leaves a score at or above its own as it is', () => {
    writeFileSync(join(dir, 'config.json'), `{"process":{"oomScoreAdj":${own + 500}}}`);
    run('create', '-b', dir, 'id');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(`{"process":{"oomScoreAdj":${own + 500}}}`);
  });
});
