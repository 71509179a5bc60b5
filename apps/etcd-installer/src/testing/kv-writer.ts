import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ClientCreds } from './etcd-client';

type KvClient = grpc.Client & {
  Put(req: { key: Buffer; value: Buffer }, opts: grpc.CallOptions, cb: (e: grpc.ServiceError | null) => void): void;
  Range(req: { key: Buffer }, opts: grpc.CallOptions, cb: (e: grpc.ServiceError | null, r?: { kvs: { value: Buffer }[] }) => void): void;
};

function kvClients(endpoints: string[], creds: ClientCreds): KvClient[] {
  const def = protoLoader.loadSync(join(__dirname, 'etcd-kv.proto'), { keepCase: false, longs: String });
  const KV = (
    grpc.loadPackageDefinition(def) as unknown as {
      etcdserverpb: { KV: new (a: string, c: grpc.ChannelCredentials, o?: grpc.ChannelOptions) => KvClient };
    }
  ).etcdserverpb.KV;
  const c = grpc.credentials.createSsl(Buffer.from(creds.caPem), Buffer.from(creds.keyPem), Buffer.from(creds.certPem));
  // every member certificate names localhost; an IP as TLS server name is refused by Node (DEP0123)
  return endpoints.map((e) => new KV(e, c, { 'grpc.ssl_target_name_override': 'localhost' }));
}

const call = <T>(fn: (cb: (e: grpc.ServiceError | null, r?: T) => void) => void) =>
  new Promise<T | undefined>((resolve, reject) => fn((e, r) => (e ? reject(e) : resolve(r))));

/**
 * A client like etcd's own: a write that fails on one member is retried on the next
 * (clientv3 does the same on Unavailable), so a write fails only when no member took it.
 */
export function startWriter(endpoints: string[], creds: ClientCreds, everyMs = 50) {
  const clients = kvClients(endpoints, creds);
  let n = 0;
  const failures: string[] = [];
  let stopped = false;
  const put = async (key: string, value: string) => {
    const errors: string[] = [];
    for (let i = 0; i < clients.length; i++) {
      const c = clients[(n + i) % clients.length];
      try {
        await call((cb) => c.Put({ key: Buffer.from(key), value: Buffer.from(value) }, { deadline: Date.now() + 2_000 }, cb));
        return;
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    failures.push(`${key}: ${errors.join(' | ')}`);
  };
  const loop = (async () => {
    while (!stopped) {
      const t0 = Date.now();
      await put(`/writer/${n}`, String(n));
      n++;
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (Date.now() - t0))));
    }
  })();
  return {
    get writes() {
      return n;
    },
    failures,
    async stop() {
      stopped = true;
      await loop;
      clients.forEach((c) => c.close());
    },
  };
}

/** Reads a key (linearizable) through the first member that answers. */
export async function readKey(endpoints: string[], creds: ClientCreds, key: string): Promise<string | undefined> {
  const clients = kvClients(endpoints, creds);
  try {
    for (const c of clients) {
      try {
        const r = await call<{ kvs: { value: Buffer }[] }>((cb) =>
          c.Range({ key: Buffer.from(key) }, { deadline: Date.now() + 3_000 }, cb),
        );
        return r?.kvs[0]?.value.toString();
      } catch {
        continue;
      }
    }
    throw new Error(`no member answered a read of ${key}`);
  } finally {
    clients.forEach((c) => c.close());
  }
}
