import type { Client } from 'ssh2';
import { CancelledError, ConnectionError } from '@kdeploy/errors';

const SLICE = 1 << 20;

/**
 * Runs `command` on a channel of its own with `data` as its stdin, byte for byte. The
 * persistent shells take stdin inside their script (base64 in a printf argument), which costs
 * the remote shell a parse of the whole payload: fine for a config file, about 15 MB/s for a
 * binary. A channel of its own streams at the connection's speed. Resolves with the exit code
 * and the output; writes honour the channel's flow control.
 */
export function execWithStdin(
  client: Client,
  host: string,
  command: string,
  data: Buffer,
  signal?: AbortSignal,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError(host, 'upload'));
    client.exec(command, (err, channel) => {
      if (err) return reject(new ConnectionError(host, `cannot open a channel for an upload: ${err.message}`, { cause: err }));
      const out: Buffer[] = [];
      const errOut: Buffer[] = [];
      let exitCode = -1;
      const onAbort = () => {
        channel.close();
        reject(new CancelledError(host, 'upload'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      channel.on('data', (d: Buffer) => out.push(d));
      channel.stderr.on('data', (d: Buffer) => errOut.push(d));
      channel.on('exit', (code: number | null) => (exitCode = code ?? -1));
      channel.on('close', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(errOut).toString() });
      });
      let offset = 0;
      const pump = (): void => {
        while (offset < data.length) {
          const more = channel.write(data.subarray(offset, offset + SLICE));
          offset += SLICE;
          if (!more) return void channel.once('drain', pump);
        }
        channel.end();
      };
      pump();
    });
  });
}
