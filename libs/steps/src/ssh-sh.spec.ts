import { LocalConnection } from './testing';
import { sh } from '@kdeploy/ssh';

describe('sh from @kdeploy/ssh, as the guarded calls use it', () => {
  it('passes every interpolated value to the shell as exactly one word', async () => {
    const conn = await LocalConnection.create('sh');
    try {
      const nasty = ["it's", '$HOME', 'a b', '', '`id`', '; rm -rf /', '*', 'x\ny', '--f=1'];
      const r = await conn.exec(sh`printf '%s\\n' ${nasty} ${42}`);
      expect(r.stdout).toBe([...nasty, '42'].join('\n') + '\n');
    } finally {
      await conn.dispose();
    }
  });
});
