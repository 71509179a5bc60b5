/**
 * Test-only readers of a rendered command line, written from the man pages and not from the
 * serialiser, so a test compares two independent readings of the spec.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Reads C escapes and double quotes the way systemd's extract_first_word does with UNQUOTE|CUNESCAPE. */
export function splitQuotedWords(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length) break;
    let word = '';
    let quote: string | null = null;
    for (; i < text.length; i++) {
      const c = text[i];
      if (!quote && (c === ' ' || c === '\t')) break;
      if (!quote && (c === '"' || c === "'")) quote = c;
      else if (quote && c === quote) quote = null;
      else if (c === '\\') {
        const n = text[++i];
        if (n === 'x') {
          word += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
          i += 2;
        } else word += SIMPLE_ESCAPES[n] ?? n;
      } else word += c;
    }
    if (quote) throw new Error(`unbalanced quote in ${text}`);
    words.push(word);
  }
  return words;
}

/** `$$` is a literal `$` at start time; a lone `$` would be a variable, which kdeploy never means. */
export function expandDollars(word: string): string {
  if (/(^|[^$])(\$\$)*\$([^$]|$)/.test(word)) throw new Error(`unescaped $ in ${word}`);
  return word.replace(/\$\$/g, '$');
}

/** Reads the argv of `key` from unit text: joins continuation lines, undoes `%%`, splits words. */
export function referenceArgv(unitText: string, key: string): string[] {
  const joined = unitText.replace(/\\\n/g, ' ');
  const line = joined.split('\n').find((l) => l.startsWith(`${key}=`));
  if (!line) throw new Error(`no ${key}= line`);
  const value = line.slice(key.length + 1);
  if (/%[^%]/.test(value.replace(/%%/g, ''))) throw new Error(`specifier in ${value}`);
  return splitQuotedWords(value.replace(/%%/g, '%')).map(expandDollars);
}

/** Runs `systemd-analyze verify` on the unit; returns its diagnostics (empty when the unit is clean). */
export function systemdVerify(unitText: string, name = 'kdeploy-test.service'): { ok: boolean; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'unit-'));
  try {
    writeFileSync(join(dir, name), unitText);
    const r = spawnSync('systemd-analyze', ['verify', join(dir, name)], { encoding: 'utf8' });
    return { ok: r.status === 0, messages: `${r.stdout}${r.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The argv systemd itself parsed for `key`, from the unit dump `systemd-analyze verify` prints
 * at debug level (no running systemd needed), with the start-time `$$` substitution applied.
 */
export function systemdParsedArgv(unitText: string, key: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'unit-'));
  try {
    const file = join(dir, 'kdeploy-parse.service');
    writeFileSync(file, unitText);
    const out = execFileSync('sh', ['-c', 'systemd-analyze verify "$1" 2>&1', 'sh', file], {
      encoding: 'utf8',
      env: { ...process.env, SYSTEMD_LOG_LEVEL: 'debug' },
    });
    const lines = out.split('\n');
    const result: string[][] = [];
    lines.forEach((l, i) => {
      if (l.trim() === `-> ${key}:`) {
        const cmd = lines[i + 1].trim().replace(/^Command Line: /, '');
        result.push(splitQuotedWords(cmd).map(expandDollars));
      }
    });
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
