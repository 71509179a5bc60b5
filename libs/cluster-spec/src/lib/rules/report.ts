/** The one way a rule reports a problem: a field path under the document root and a message. */
export type PathSegment = string | number;

/** Collects problems found by the cross-field rules. */
export type Report = (path: PathSegment[], message: string) => void;

/** `spec.hosts[2]` as users read it, for messages that point at another field. */
export function pathText(path: PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
