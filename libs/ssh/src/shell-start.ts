import type { Client } from 'ssh2';
import { PreconditionError } from '@kdeploy/errors';
import { quote } from './sh';
import { ShellSession } from './shell-session';
import { newNonce } from './shell-protocol';

export type ShellUser = 'login' | 'root';

/**
 * Starts a ready persistent shell. For root through sudo, the shell itself is started by sudo
 * once, so each command costs no extra sudo and the password (if any) crosses stdin once.
 * `sudo -n` is tried first; only when sudo says it needs a password do we start
 * `sudo -S -k` with a prompt of our own and write the password after seeing that prompt, so
 * a password can never be read by the shell as a command (as it would if sudo did not ask).
 */
export async function startShell(
  client: Client,
  host: string,
  user: ShellUser,
  timeoutMs: number,
  sudoPassword: string | undefined,
): Promise<ShellSession> {
  if (user === 'login') return ready(await ShellSession.open(client, host, 'exec /bin/sh'), timeoutMs);
  const plain = await ShellSession.open(client, host, 'exec sudo -n /bin/sh');
  try {
    return await ready(plain, timeoutMs);
  } catch (err) {
    if (sudoPassword === undefined) {
      throw new PreconditionError(`sudo -n refused to start a root shell (${(err as Error).message})`, host, { cause: err });
    }
  }
  const prompt = `kdeploy-sudo-${newNonce()}:`;
  const shell = await ShellSession.open(client, host, `exec sudo -S -k -p ${quote(prompt)} /bin/sh`);
  try {
    await shell.await('', timeoutMs, (_out, errOut) => errOut.includes(prompt));
    shell.channel.write(`${sudoPassword}\n`);
    // A second prompt means sudo refused the password; our probe line is then its next guess.
    const probe = newNonce();
    let refused = false;
    await shell.await(`printf 'R:%s\\n' ${probe}\n`, timeoutMs, (out, errOut) => {
      refused = errOut.split(prompt).length > 2;
      return refused || out.includes(`R:${probe}\n`);
    });
    if (refused) throw new Error('sudo did not accept the password');
    return shell;
  } catch (err) {
    shell.close();
    // The message is ours or names only the shell's stderr, which never echoes the password.
    throw new PreconditionError(`cannot start a root shell with sudo: ${(err as Error).message}`, host, { cause: err });
  }
}

async function ready(shell: ShellSession, timeoutMs: number): Promise<ShellSession> {
  try {
    await shell.ready(timeoutMs);
    return shell;
  } catch (err) {
    shell.close();
    throw err;
  }
}
