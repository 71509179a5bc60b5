import { RemoteCommandError } from '@kdeploy/errors';
import { HostConnection, sh } from '@kdeploy/ssh';

/** The last lines of a unit's journal on a host, to explain in the component's own words why it failed. */
export async function journalTail(host: HostConnection, unit: string, lines = 15): Promise<string> {
  const r = await host
    .exec(sh`journalctl -u ${unit} -n ${lines} --no-pager -o cat`, { allowFailure: true, timeoutMs: 10_000 })
    .catch(() => undefined);
  return r?.stdout.trim() || '(journal not readable)';
}

/** Re-throws a failed remote command (a start, a restart) with the unit's journal tail appended. */
export async function withJournal(host: HostConnection, unit: string, error: unknown): Promise<never> {
  if (error instanceof RemoteCommandError) {
    const tail = await journalTail(host, unit);
    throw new RemoteCommandError(
      error.host,
      error.command,
      error.exitCode,
      `${error.stderrTail}\n--- journalctl -u ${unit} (last lines) ---\n${tail}`,
      { cause: error },
    );
  }
  throw error;
}
