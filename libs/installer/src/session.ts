/** What every installer call holds open while it runs: SSH connections, service clients. */
export interface Closable {
  close(): Promise<void>;
}

/** Opens a session for one call, runs `fn`, and always closes what the session opened. */
export async function withSession<S extends Closable, T>(open: () => S, fn: (session: S) => Promise<T>): Promise<T> {
  const session = open();
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
