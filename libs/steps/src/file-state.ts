import type { HostConnection } from '@kdeploy/ssh';
import { sh } from '@kdeploy/ssh';

/** What is on the host at a path now, as far as the guarded calls compare it. */
export interface RemoteFileState {
  type: 'file' | 'directory' | 'other';
  mode: number;
  user: string;
  group: string;
}

/** Reads type, mode and owner of a path (a read: allowed in plan mode); null when it does not exist. */
export async function statRemote(host: HostConnection, path: string, signal?: AbortSignal): Promise<RemoteFileState | null> {
  const r = await host.exec(sh`stat -c '%F|%a|%U|%G' -- ${path}`, { allowFailure: true, signal });
  if (r.exitCode !== 0) return null;
  const [type, mode, user, group] = r.stdout.trim().split('|');
  return {
    type: type === 'regular file' || type === 'regular empty file' ? 'file' : type === 'directory' ? 'directory' : 'other',
    mode: parseInt(mode, 8),
    user,
    group,
  };
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
