import { posix } from 'node:path';
import { quote, sh } from './sh';

/** What a remote path holds now, or null when nothing is there. */
export interface RemoteState {
  sha256: string;
  mode: number;
  owner: string;
}

export interface WantedFile {
  sha256: string;
  mode: number;
  /** `user` or `user:group`. */
  owner: string;
}

/**
 * The sha256 line (`<hex> ...`) of a file given as shell text (a quoted path or "$t"). For a
 * large file OpenSSL's digest where the host has it: it uses the CPU's SHA instructions and
 * hashes about four times as fast as coreutils' sha256sum (the fallback), but takes 2 ms longer
 * to start, which only pays from about a megabyte on.
 */
export const sha256Line = (file: string, large = false) =>
  large ? `{ openssl dgst -sha256 -r ${file} 2>/dev/null || sha256sum -- ${file}; }` : `sha256sum -- ${file}`;

/** True (exit 0) when the file (shell text, as for sha256Line) has that hash. */
export const sha256Is = (file: string, sha256: string, large = false) =>
  `{ h=$(${sha256Line(file, large)}) && [ "\${h%% *}" = ${quote(sha256)} ]; }`;

/** One round trip for hash, mode and owner, so an unchanged file costs one command. */
export function remoteStateCommand(path: string): string {
  return sh`if [ -e ${path} ]; then sha256sum -- ${path}; stat -c '%a %U:%G' -- ${path}; fi`;
}

export function parseRemoteState(stdout: string): RemoteState | null {
  const [hashLine, statLine] = stdout.trim().split('\n');
  if (!hashLine || !statLine) return null;
  const [mode, owner] = statLine.trim().split(' ');
  return { sha256: hashLine.slice(0, 64), mode: parseInt(mode, 8), owner };
}

export function upToDate(state: RemoteState | null, want: WantedFile): boolean {
  if (!state || state.sha256 !== want.sha256 || state.mode !== want.mode) return false;
  return want.owner.includes(':') ? state.owner === want.owner : state.owner.split(':')[0] === want.owner;
}

/**
 * Writes stdin to a temp file in the target's own directory (so the rename is atomic: a
 * reader sees the old file or the new one, never half of one), checks its hash, sets owner
 * then mode (chown may clear set-id bits), then renames it over the target.
 */
export function uploadCommand(path: string, dir: string, want: WantedFile): string {
  const template = posix.join(dir, `.${posix.basename(path)}.kdeploy.XXXXXX`);
  const mode = want.mode.toString(8).padStart(4, '0');
  return [
    'set -e',
    sh`mkdir -p -- ${dir}`,
    sh`t=$(mktemp -- ${template})`,
    `trap 'rm -f -- "$t"' EXIT`,
    `cat > "$t"`,
    sha256Is('"$t"', want.sha256),
    sh`chown -- ${want.owner} "$t"`,
    sh`chmod -- ${mode} "$t"`,
    sh`mv -f -- "$t" ${path}`,
    'trap - EXIT',
  ].join('\n');
}

/** Whether the host can unpack zstd: one probe per connection decides how its large files travel. */
export const HAS_ZSTD_COMMAND = 'command -v zstd >/dev/null';

/**
 * A large upload's first half, run as the login user on a channel of its own: the bytes into a
 * new 0600 file (mktemp's), in the target's directory when that user is root (so the last step
 * is a rename), else in /tmp; zstd-compressed bytes are unpacked on the way. Prints the file's path.
 */
export function stageCommand(path: string, stageDir: string, zstd = false): string {
  const template = posix.join(stageDir, `.${posix.basename(path)}.kdeploy.XXXXXX`);
  const write = zstd ? 'zstd -dqc > "$t"' : 'cat > "$t"';
  return [
    sh`mkdir -p -- ${stageDir}`,
    sh`t=$(mktemp -- ${template})`,
    `{ ${write} || { rm -f -- "$t"; exit 1; }; }`,
    `printf '%s\\n' "$t"`,
  ].join(' && ');
}

/**
 * A large upload's second half, as root: a staged file outside the target's directory is copied
 * next to the target first (a rename across file systems is not atomic), then checked, owned,
 * moded and renamed over the target like a small upload. The staged file never outlives it.
 */
export function installStagedCommand(path: string, staged: string, want: WantedFile): string {
  const dir = posix.dirname(path);
  const template = posix.join(dir, `.${posix.basename(path)}.kdeploy.XXXXXX`);
  const mode = want.mode.toString(8).padStart(4, '0');
  return [
    'set -e',
    sh`s=${staged}`,
    't=$s',
    `trap 'rm -f -- "$s" "$t"' EXIT`,
    sh`mkdir -p -- ${dir}`,
    sh`if [ "\${s%/*}" != ${dir} ]; then t=$(mktemp -- ${template}); cat -- "$s" > "$t"; fi`,
    sha256Is('"$t"', want.sha256, true),
    sh`chown -- ${want.owner} "$t"`,
    sh`chmod -- ${mode} "$t"`,
    sh`mv -f -- "$t" ${path}`,
    `rm -f -- "$s"`,
    'trap - EXIT',
  ].join('\n');
}
