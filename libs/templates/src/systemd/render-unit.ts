import { quoteWord, textValue, UnitValueError, wordsValue } from './escape';
import { ExecCommand, INSTALL_KEYS, SERVICE_KEYS, SystemdUnit, UNIT_KEYS, ValueKind } from './unit-model';

/** A command line longer than this is continued one argument group per line, like kubeasz's units. */
const MAX_INLINE = 80;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function renderExec(key: string, exec: ExecCommand): string[] {
  if (!exec.command.startsWith('/')) {
    throw new UnitValueError(key, exec.command, 'the executable must be an absolute path');
  }
  const head = (exec.ignoreFailure ? '-' : '') + quoteWord(exec.command, true);
  const groups = (exec.args ?? []).map((group) =>
    (typeof group === 'string' ? [group] : group).map((word) => quoteWord(word, true)).join(' '),
  );
  const inline = [`${key}=${head}`, ...groups].join(' ');
  if (inline.length <= MAX_INLINE || groups.length === 0) return [inline];
  // The parser joins a line ending in a backslash with the next; the leading spaces separate words.
  return [`${key}=${head} \\`, ...groups.map((g, i) => `  ${g}${i < groups.length - 1 ? ' \\' : ''}`)];
}

function renderScalar(key: string, value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new UnitValueError(key, String(value), 'must be an integer');
    return String(value);
  }
  if (typeof value === 'string' && /^[a-z-]+$/.test(value)) return value;
  throw new UnitValueError(key, String(value), 'not a valid value');
}

function renderKey(key: string, kind: ValueKind, value: unknown): string[] {
  switch (kind) {
    case 'text':
      return [`${key}=${textValue(key, value as string)}`];
    case 'text-list':
      return (value as string[]).map((v) => `${key}=${textValue(key, v)}`);
    case 'words':
      return (value as string[]).length ? [`${key}=${wordsValue(key, value as string[])}`] : [];
    case 'scalar':
      return [`${key}=${renderScalar(key, value)}`];
    case 'bool':
      return [`${key}=${value ? 'yes' : 'no'}`];
    case 'exec':
      return renderExec(key, value as ExecCommand);
    case 'exec-list':
      return (value as ExecCommand[]).flatMap((e) => renderExec(key, e));
    case 'environment':
      return Object.keys(value as Record<string, string>)
        .sort()
        .map((name) => {
          if (!ENV_NAME.test(name)) throw new UnitValueError(key, name, 'not a valid variable name');
          return `${key}=${quoteWord(`${name}=${(value as Record<string, string>)[name]}`, false)}`;
        });
  }
}

function renderSection<T extends object>(name: string, section: T, keys: ReadonlyArray<readonly [keyof T, ValueKind]>): string[] {
  const lines = [`[${name}]`];
  for (const [key, kind] of keys) {
    const value = section[key];
    if (value !== undefined) lines.push(...renderKey(String(key), kind, value));
  }
  return lines;
}

/** Serialises a unit to the text of a `.service` file (systemd.syntax(7)); same input, same bytes. */
export function renderUnit(unit: SystemdUnit): string {
  const sections = [renderSection('Unit', unit.unit, UNIT_KEYS), renderSection('Service', unit.service, SERVICE_KEYS)];
  if (unit.install) sections.push(renderSection('Install', unit.install, INSTALL_KEYS));
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
