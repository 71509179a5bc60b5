import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { safeParseClusterSpecText } from '@kdeploy/cluster-spec';
import { parse } from 'yaml';

/** A spec file is refused before anything is sent; every problem is listed by field path. */
export class SpecFileError extends Error {
  override readonly name = 'SpecFileError';
}

/** A spec's path made absolute: `~/` is the user's home, a relative path is relative to the spec file's folder. */
const absolute = (p: string, base: string) => (p.startsWith('~/') ? resolve(homedir(), p.slice(2)) : isAbsolute(p) ? p : resolve(base, p));

/** What to do about a missing file the spec names; the lab's own files come with `lab up`. */
function missingFileHint(path: string): string {
  return /\/\.lab\//.test(path) ? " (it is the lab's: start the lab first with `tools/lab/bin/lab up 3`)" : '';
}

/**
 * Reads a YAML or JSON spec, checks it with the same library the gateway uses (so a typo is
 * reported with its line before any request), and makes its local paths absolute, relative to
 * the spec file's folder as in other config-file tools (the gateway may run elsewhere). The
 * SSH key and known_hosts files must exist here: the gateway reads the same paths.
 */
export function readSpecFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SpecFileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const checked = safeParseClusterSpecText(text);
  if (!checked.success)
    throw new SpecFileError(
      `${file} is not a valid cluster spec:\n${checked.error.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  const doc = parse(text) as { spec: { ssh: Record<string, string>; artifacts: Record<string, string> } };
  const { ssh, artifacts } = doc.spec;
  const base = dirname(resolve(file));
  const missing: string[] = [];
  for (const k of ['privateKeyFile', 'knownHostsFile']) {
    if (!ssh[k]) continue;
    ssh[k] = absolute(ssh[k], base);
    if (!existsSync(ssh[k])) missing.push(`  spec.ssh.${k}: ${ssh[k]} does not exist${missingFileHint(ssh[k])}`);
  }
  if (missing.length > 0) throw new SpecFileError(`${file} names files that are not there:\n${missing.join('\n')}`);
  for (const k of ['source', 'manifest'])
    if (artifacts[k] && !/^[a-z][a-z0-9+.-]*:\/\//i.test(artifacts[k])) artifacts[k] = absolute(artifacts[k], base);
  return doc as unknown as Record<string, unknown>;
}
