/**
 * Escaping rules of systemd.syntax(7) and systemd.service(5). Values are always literal:
 * kdeploy never emits a specifier or an environment reference on purpose, so every `%`
 * (specifier) and, in command lines, every `$` (variable) is doubled.
 */

/** Characters that may stand unquoted in a command-line word; anything else is quoted. */
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./$-]+$/;
// Anything below space or DEL would end the line or be mangled by the line parser.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;

/** Thrown for a value the unit file syntax cannot carry (a newline in Description, ...). */
export class UnitValueError extends Error {
  constructor(key: string, value: string, why: string) {
    super(`systemd unit ${key}=${JSON.stringify(value)}: ${why}`);
    this.name = 'UnitValueError';
  }
}

/** `%` starts a specifier in nearly every value systemd reads from a unit. */
export function escapeSpecifiers(value: string): string {
  return value.replace(/%/g, '%%');
}

/**
 * A free-text value (Description=, User=, paths). The line parser strips surrounding
 * whitespace and treats a trailing backslash as a continuation, so those are refused
 * rather than silently changed.
 */
export function textValue(key: string, value: string): string {
  if (CONTROL.test(value)) throw new UnitValueError(key, value, 'control characters cannot be written');
  if (value !== value.trim()) throw new UnitValueError(key, value, 'leading or trailing whitespace would be stripped');
  if (value.endsWith('\\')) throw new UnitValueError(key, value, 'a trailing backslash would continue the line');
  return escapeSpecifiers(value);
}

/** A space-separated list value (After=, WantedBy=): items must be single words. */
export function wordsValue(key: string, items: readonly string[]): string {
  for (const item of items) {
    if (item === '' || /\s/.test(item) || CONTROL.test(item)) {
      throw new UnitValueError(key, item, 'list items must be non-empty words without whitespace');
    }
  }
  return items.map(escapeSpecifiers).join(' ');
}

/** C-style escaping for the inside of a double-quoted word. */
function cEscape(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

/**
 * One word of a command line or of Environment=. `expandsDollar` is true for Exec*= lines,
 * where systemd substitutes `$VAR` at start time and `$$` stands for a literal `$`.
 */
export function quoteWord(value: string, expandsDollar: boolean): string {
  // argv and the environment are C strings: a NUL cannot reach the process.
  if (value.includes('\0')) throw new UnitValueError('word', value, 'NUL cannot be passed to a process');
  let escaped = escapeSpecifiers(value);
  if (expandsDollar) escaped = escaped.replace(/\$/g, '$$$$');
  return value !== '' && BARE_WORD.test(value) ? escaped : `"${cEscape(escaped)}"`;
}
