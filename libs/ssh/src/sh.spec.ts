import { execFileSync } from 'node:child_process';
import { quote, raw, sh } from './sh';

/** The argv words the local POSIX sh makes of a command line (NUL-separated on the way back). */
function words(command: string): string[] {
  const out = execFileSync('/bin/sh', ['-c', `set -- ${command}; for w; do printf '%s\\0' "$w"; done`], { cwd: '/' });
  return out.toString().split('\0').slice(0, -1);
}

const nasty = [
  'plain',
  'two words',
  "it's",
  '"double"',
  '$(touch /tmp/kdeploy-pwned)',
  '`id`',
  '$HOME ${PATH}',
  'line1\nline2',
  '*',
  '/etc/*.conf',
  '?',
  'a\\b',
  '!x',
  '-n',
  ';rm -rf /;',
  '|&<>',
  '',
  ' ',
  '\t',
  'ünïcödé',
];

describe('sh template', () => {
  it.each(nasty)('passes %j through sh as exactly one unchanged word', (value) => {
    expect(words(sh`${value}`)).toEqual([value]);
  });

  it('expands an array to one quoted word per element', () => {
    expect(words(sh`${nasty}`)).toEqual(nasty);
  });

  it('keeps the literal parts as shell syntax and quotes only values', () => {
    const unit = 'kube apiserver;reboot';
    expect(sh`systemctl restart ${unit} && echo ok`).toBe(`systemctl restart 'kube apiserver;reboot' && echo ok`);
  });

  it('quotes numbers and leaves safe words bare', () => {
    expect(sh`chmod ${'0644'} ${'/etc/kubernetes/a.conf'} ${42}`).toBe('chmod 0644 /etc/kubernetes/a.conf 42');
  });

  it('splices raw() unquoted, for trusted syntax only', () => {
    expect(sh`echo ${'x y'} ${raw('>/dev/null')}`).toBe(`echo 'x y' >/dev/null`);
  });

  it('does not run command substitutions in values', () => {
    execFileSync('/bin/sh', ['-c', sh`echo ${'$(touch /tmp/kdeploy-sh-pwned)'} >/dev/null`]);
    expect(() => execFileSync('test', ['-e', '/tmp/kdeploy-sh-pwned'])).toThrow();
  });

  it('quote() of the empty string is an empty word', () => {
    expect(quote('')).toBe("''");
  });
});
