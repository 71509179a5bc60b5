import type { HostConnection } from '@kdeploy/ssh';
import { sh } from '@kdeploy/ssh';

/** What is on the host at a path now, as far as the guarded calls compare it. */
export interface RemoteFileState {
  type: 'file' | 'directory' | 'other';
  mode: number;
  user: string;
  group: string;
}

const STAT_FORMAT = '%F|%a|%U|%G';

function parseStat(line: string): RemoteFileState {
  const [type, mode, user, group] = line.trim().split('|');
  return {
    type: type === 'regular file' || type === 'regular empty file' ? 'file' : type === 'directory' ? 'directory' : 'other',
    mode: parseInt(mode, 8),
    user,
    group,
  };
}

/** Reads type, mode and owner of a path (a read: allowed in plan mode); null when it does not exist. */
export async function statRemote(host: HostConnection, path: string, signal?: AbortSignal): Promise<RemoteFileState | null> {
  const r = await host.exec(sh`stat -c ${STAT_FORMAT} -- ${path}`, { allowFailure: true, signal });
  return r.exitCode === 0 ? parseStat(r.stdout) : null;
}

/** statRemote and the content's sha256 (null when it is not a readable file) in one round trip. */
export async function fileStateRemote(
  host: HostConnection,
  path: string,
  signal?: AbortSignal,
): Promise<{ state: RemoteFileState; sha256: string | null } | null> {
  const r = await host.exec(sh`s=$(stat -c ${STAT_FORMAT} -- ${path}) || exit 1; echo "$s"; sha256sum -- ${path} 2>/dev/null || true`, {
    allowFailure: true,
    signal,
  });
  if (r.exitCode !== 0) return null;
  const [statLine, hashLine] = r.stdout.split('\n');
  return { state: parseStat(statLine), sha256: /^[0-9a-f]{64}\b/.test(hashLine ?? '') ? hashLine.slice(0, 64) : null };
}

/** Why the path does not match the wanted mode/owner, or [] when it does. `owner` may omit the group. */
export function attributeDiffs(state: RemoteFileState, mode: number, owner: string): string[] {
  const reasons: string[] = [];
  if (state.mode !== mode) reasons.push(`mode ${state.mode.toString(8)} -> ${mode.toString(8)}`);
  const [user, group] = owner.split(':');
  if (state.user !== user || (group !== undefined && state.group !== group)) {
    reasons.push(`owner ${state.user}:${state.group} -> ${owner}`);
  }
  return reasons;
}
