import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInternalCa, InternalCa, issueInternalCertificate } from './internal-ca';

/** One kdeploy process that gets a TLS directory: a service serves (and may call), a client only calls. */
export interface TlsProcess {
  name: string;
  /** Names and addresses its listener answers on; absent for a pure client (the gateway, a tool). */
  serve?: { dns: string[]; ips: string[] };
  /** Whether it calls services (and so needs a client identity). */
  calls: boolean;
}

/** Names every local listener is reached by. */
export const LOOPBACK_NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] };

function write(path: string, text: string, secret: boolean): void {
  writeFileSync(path, text, { mode: secret ? 0o600 : 0o644 });
  chmodSync(path, secret ? 0o600 : 0o644);
}

/**
 * Makes (once) kdeploy's internal CA under ROOT (`ca.crt`, and `ca.key` 0600, which never
 * leaves ROOT) and a directory ROOT/NAME per process in the layout libs/grpc's tlsDir reads.
 * A directory that already has its files is kept, so restarts keep their identities; the CA
 * is made only when ROOT has none. Returns the CA for issuing further clients.
 */
export async function ensureTlsDirs(root: string, processes: TlsProcess[]): Promise<InternalCa> {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  chmodSync(root, 0o700);
  const caCrt = join(root, 'ca.crt');
  const caKey = join(root, 'ca.key');
  let ca: InternalCa;
  // a new CA invalidates every identity issued by a lost one
  const fresh = !(existsSync(caCrt) && existsSync(caKey));
  if (!fresh) {
    ca = { certPem: readFileSync(caCrt, 'utf8'), keyPem: readFileSync(caKey, 'utf8') };
  } else {
    ca = await createInternalCa();
    write(caKey, ca.keyPem, true);
    write(caCrt, ca.certPem, false);
  }
  for (const p of processes) {
    const dir = join(root, p.name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    write(join(dir, 'ca.crt'), ca.certPem, false);
    if (p.serve && (fresh || !existsSync(join(dir, 'server.key')))) {
      const s = await issueInternalCertificate(ca, { commonName: p.name, usage: 'server', ...p.serve });
      write(join(dir, 'server.key'), s.keyPem, true);
      write(join(dir, 'server.crt'), s.certPem, false);
    }
    if (p.calls && (fresh || !existsSync(join(dir, 'client.key')))) {
      const c = await issueInternalCertificate(ca, { commonName: p.name, usage: 'client' });
      write(join(dir, 'client.key'), c.keyPem, true);
      write(join(dir, 'client.crt'), c.certPem, false);
    }
  }
  return ca;
}
