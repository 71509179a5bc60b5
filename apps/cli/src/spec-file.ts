import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { safeParseClusterSpecText } from '@kdeploy/spec';
import { parse } from 'yaml';

/** A spec file is refused before anything is sent; every problem is listed by field path. */
export class SpecFileError extends Error {
  override readonly name = 'SpecFileError';
}

const absolute = (p: string) => (p.startsWith('~/') ? resolve(homedir(), p.slice(2)) : isAbsolute(p) ? p : resolve(p));

/**
 * Reads a YAML or JSON spec, checks it with the same library the gateway uses (so a typo is
 * reported with its line before any request), and makes its local paths absolute: they are
 * relative to where the user runs the CLI, and the gateway may run elsewhere.
 */
export function readSpecFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SpecFileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const checked = safeParseClusterSpecText(text);
  if (!checked.success) throw new SpecFileError(`${file} is not a valid cluster spec:\n${checked.error.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  const doc = parse(text) as { spec: { ssh: Record<string, string>; artifacts: Record<string, string> } };
  const { ssh, artifacts } = doc.spec;
  for (const k of ['privateKeyFile', 'knownHostsFile']) if (ssh[k]) ssh[k] = absolute(ssh[k]);
  for (const k of ['source', 'manifest']) if (artifacts[k] && !/^[a-z][a-z0-9+.-]*:\/\//i.test(artifacts[k])) artifacts[k] = absolute(artifacts[k]);
  return doc as unknown as Record<string, unknown>;
}
