/** Where the gateway is and how to authenticate; from flags, then the environment. */
export interface Connection {
  url: string;
  token: string;
}

/** A problem response (RFC 9457) from the gateway, or a transport failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls the gateway; a non-2xx answer becomes an ApiError carrying the problem's detail and field errors. */
export async function api<T>(
  conn: Connection,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(`${conn.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${conn.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(
      0,
      `cannot reach the gateway at ${conn.url}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`,
    );
  }
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    const errors = (parsed['errors'] as ApiError['errors']) ?? [];
    // a refused spec's detail repeats its field errors: each problem is shown once, by path
    const detail = errors.length > 0 ? 'the spec was refused' : String(parsed['detail'] ?? text);
    throw new ApiError(res.status, `${res.status} ${String(parsed['title'] ?? res.statusText)}: ${detail}`, errors);
  }
  return { status: res.status, body: parsed as T };
}
