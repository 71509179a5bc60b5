import { readFileSync } from 'node:fs';
import { Client, ConnectConfig } from 'ssh2';
import { ConnectionError, HostKeyMismatchError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { HostVerifier } from './host-verifier';
import type { SshHostOptions } from './options';

function authConfig(opts: SshHostOptions): Partial<ConnectConfig> {
  const auth: Partial<ConnectConfig> = {};
  if (opts.privateKey !== undefined) auth.privateKey = opts.privateKey;
  else if (opts.privateKeyFile !== undefined) auth.privateKey = readFileSync(opts.privateKeyFile);
  if (opts.passphrase !== undefined) auth.passphrase = opts.passphrase;
  if (opts.password !== undefined) auth.password = opts.password;
  if (auth.privateKey === undefined && auth.password === undefined) {
    throw new ConnectionError(opts.host, 'no private key or password configured');
  }
  return auth;
}

/**
 * Opens one authenticated SSH connection. The host key is checked inside the handshake,
 * before authentication, so a mismatch means no session and no command ever existed.
 */
export function openClient(opts: SshHostOptions, verifier: HostVerifier, log: Logger): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    let hostKeyError: HostKeyMismatchError | undefined;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      client.end();
      reject(err);
    };
    // Commands are small writes answered by small writes: with Nagle on, each waits for the
    // peer's delayed ACK (40 ms a command here instead of 0.3 ms). ssh2 leaves it on.
    client.once('connect', () => client.setNoDelay(true));
    client.once('ready', () => {
      settled = true;
      resolve(client);
    });
    client.on('error', (err) => {
      if (hostKeyError) return fail(hostKeyError);
      // ssh2's messages name no credential; keep them as the cause for diagnosis.
      fail(new ConnectionError(opts.host, `cannot connect to ${opts.address}: ${err.message}`, { cause: err }));
    });
    client.once('close', () => fail(new ConnectionError(opts.host, `connection to ${opts.address} closed during setup`)));
    const config: ConnectConfig = {
      host: opts.address,
      port: opts.port ?? 22,
      username: opts.username ?? 'root',
      readyTimeout: opts.connectTimeoutMs ?? 10_000,
      keepaliveInterval: opts.keepaliveIntervalMs ?? 5_000,
      keepaliveCountMax: opts.keepaliveCountMax ?? 3,
      algorithms: { serverHostKey: verifier.algorithms() as never },
      hostVerifier: (key: Buffer) => {
        const verdict = verifier.verify(key);
        if (!verdict.ok) {
          hostKeyError = verdict.error;
          log.error({ expected: verdict.error.expected, actual: verdict.error.actual }, 'SSH host key mismatch');
          return false;
        }
        if (verdict.learnt) log.warn({ hostKey: HostVerifier.describe(key) }, 'SSH host key trusted on first use and recorded');
        return true;
      },
    };
    try {
      client.connect({ ...config, ...authConfig(opts) });
    } catch (err) {
      // e.g. a wrong passphrase: ssh2 throws while parsing the key, before any network traffic.
      const reason =
        err instanceof ConnectionError
          ? err
          : new ConnectionError(opts.host, `cannot use the configured private key: ${(err as Error).message}`);
      fail(reason);
    }
  });
}
