import { parseArgs } from './args';

describe('lab argument parsing', () => {
  it('defaults lab up to three hosts', () => {
    expect(parseArgs(['up'])).toEqual({ kind: 'up', count: 3 });
    expect(parseArgs(['up', '5'])).toEqual({ kind: 'up', count: 5 });
  });

  it('refuses host counts that are not 1..16', () => {
    for (const n of ['0', '17', '-1', '2.5', 'three']) expect(() => parseArgs(['up', n])).toThrow(/1 to 16/);
  });

  it('shows help for no arguments and for --help', () => {
    expect(parseArgs([])).toEqual({ kind: 'help' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('takes a host name for every fault command', () => {
    for (const kind of ['partition', 'heal', 'poweroff', 'poweron', 'crash'] as const) {
      expect(parseArgs([kind, 'lab2'])).toEqual({ kind, host: 'lab2' });
    }
  });

  it('takes two hosts and a protocol and port for block, two hosts for unblock', () => {
    expect(parseArgs(['block', 'lab2', 'lab3', 'udp/8472'])).toEqual({
      kind: 'block',
      host: 'lab2',
      peer: 'lab3',
      proto: 'udp',
      port: 8472,
    });
    expect(parseArgs(['unblock', 'lab2', 'lab3'])).toEqual({ kind: 'unblock', host: 'lab2', peer: 'lab3' });
    for (const bad of [
      ['block', 'lab2', 'lab3'],
      ['block', 'lab2', 'lab3', 'icmp/1'],
      ['block', 'lab2', 'lab3', 'udp/70000'],
      ['unblock', 'lab2'],
    ])
      expect(() => parseArgs(bad)).toThrow(/usage lab (un)?block/);
  });

  it('names the missing host, unknown command or extra argument', () => {
    expect(() => parseArgs(['partition'])).toThrow(/which host/);
    expect(() => parseArgs(['reboot', 'lab1'])).toThrow(/unknown command reboot/);
    expect(() => parseArgs(['down', 'now'])).toThrow(/unexpected argument now/);
  });
});
