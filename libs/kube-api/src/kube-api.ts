import { request } from 'node:https';
import { PreconditionError } from '@kdeploy/errors';

/** One answer of the Kubernetes API. */
export interface ApiResponse {
  status: number;
  /** Parsed JSON when the body is JSON, else the text. */
  body: unknown;
}

/** How the installer reaches the API: the apiservers' own URLs, the CA that signed them and, for calls that need one, a client identity. */
export interface ApiAccess {
  servers: readonly string[];
  caPem: string;
  /** Absent for anonymous calls (the health endpoints). SECRET: keyPem. */
  client?: { certPem: string; keyPem: string };
  /** A bearer token instead (a service account's, a bootstrap token). SECRET. */
  bearer?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function once(server: string, a: ApiAccess, method: string, path: string, body?: string, contentType?: string): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server);
    const req = request(
      url,
      {
        method,
        ca: a.caPem,
        cert: a.client?.certPem,
        key: a.client?.keyPem,
        minVersion: 'TLSv1.2',
        signal: a.signal,
        timeout: a.timeoutMs ?? 10_000,
        headers: {
          accept: 'application/json',
          ...(a.bearer ? { authorization: `Bearer ${a.bearer}` } : {}),
          ...(body !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          if ((res.headers['content-type'] ?? '').includes('json')) parsed = JSON.parse(text || 'null');
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${a.timeoutMs ?? 10_000} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Calls the API on the first apiserver that answers: a master that is down or restarting is
 * skipped, so a call works as long as one apiserver serves. TLS is verified against the
 * cluster's CA; an HTTP error status is an answer, not a failure.
 */
export async function kubeApi(a: ApiAccess, method: string, path: string, body?: object, contentType?: string): Promise<ApiResponse> {
  const errors: string[] = [];
  for (const server of a.servers) {
    try {
      return await once(server, a, method, path, body === undefined ? undefined : JSON.stringify(body), contentType);
    } catch (e) {
      if (a.signal?.aborted) throw e;
      errors.push(`${server}: ${(e as Error).message}`);
    }
  }
  throw new PreconditionError(`no apiserver answered ${method} ${path}: ${errors.join('; ')}`);
}

/** The message of a Kubernetes Status body, or the status code. */
export function apiMessage(r: ApiResponse): string {
  const m = (r.body as { message?: string } | null)?.message;
  return `HTTP ${r.status}${m ? `: ${m}` : ''}`;
}
