/**
 * Quoting for POSIX sh. Our own few lines rather than shell-quote's `quote`: that one picks
 * double quotes for some values, and inside double quotes sh and bash disagree about `\!`,
 * so a value could come out changed. Single quotes have no exceptions but the quote itself.
 */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Marks a string as already shell syntax, so that `sh` inserts it unquoted. */
export class RawShell {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Trusted shell syntax to splice into `sh` (e.g. a redirection); never wrap a value with it. */
export function raw(text: string): RawShell {
  return new RawShell(text);
}

/** Quotes one value as a single sh word. */
export function quote(value: string | number): string {
  const s = String(value);
  if (s !== '' && SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

type ShValue = string | number | RawShell | readonly (string | number)[];

function render(value: ShValue): string {
  if (value instanceof RawShell) return value.text;
  if (Array.isArray(value)) return value.map((v) => quote(v)).join(' ');
  if (typeof value === 'string' || typeof value === 'number') return quote(value);
  throw new TypeError(`sh: cannot interpolate a value of type ${typeof value}`);
}

/**
 * Builds a command: every interpolated value is quoted as one word, arrays expand to one
 * quoted word per element. The only way commands are built in kdeploy (style.md 6).
 */
export function sh(strings: TemplateStringsArray, ...values: ShValue[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return out;
}
