import { writeFileSync } from 'node:fs';
import { ApiError, Connection } from '../api';

/**
 * `kdeploy kubeconfig ID [-o FILE]`: the admin kubeconfig of a deployed cluster, to FILE (0600)
 * or to stdout. It holds a client key: the gateway issues a new one each time and logs who asked.
 */
export async function kubeconfig(conn: Connection, id: string, file: string | undefined, out: (line: string) => void): Promise<number> {
  let res: Response;
  try {
    res = await fetch(`${conn.url}/clusters/${encodeURIComponent(id)}/kubeconfig`, { headers: { authorization: `Bearer ${conn.token}` } });
  } catch (e) {
    throw new ApiError(
      0,
      `cannot reach the gateway at ${conn.url}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`,
    );
  }
  const text = await res.text();
  if (!res.ok) {
    let detail = text;
    try {
      detail = String((JSON.parse(text) as Record<string, unknown>)['detail'] ?? text);
    } catch {
      // not a problem document: the text as it came
    }
    throw new ApiError(res.status, `${res.status} ${res.statusText}: ${detail}`);
  }
  if (!file) {
    out(text.trimEnd());
    return 0;
  }
  writeFileSync(file, text, { mode: 0o600 });
  out(`kubeconfig of cluster ${id} written to ${file} (0600; it holds an admin client key)`);
  return 0;
}
