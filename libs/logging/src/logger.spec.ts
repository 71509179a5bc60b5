import { Writable } from 'node:stream';
import { createLogger } from './index';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('redacts secrets nested anywhere in a record', () => {
    const { lines, destination } = capture();
    const log = createLogger('t', { destination });
    log.info({ ssh: { privateKey: 'CANARY-KEY', user: 'root' }, req: { headers: { authorization: 'Bearer CANARY-TOKEN' } } }, 'x');
    const out = lines.join('');
    expect(out).not.toContain('CANARY');
    expect(out).toContain('"user":"root"');
    expect(out).toContain('[redacted]');
  });

  it('binds child loggers to host and step', () => {
    const { lines, destination } = capture();
    createLogger('t', { destination }).child({ host: 'lab1', step: 'Install etcd' }).info('done');
    expect(JSON.parse(lines[0])).toMatchObject({ host: 'lab1', step: 'Install etcd', msg: 'done' });
  });
});
