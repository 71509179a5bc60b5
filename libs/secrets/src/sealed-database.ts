import Database from 'better-sqlite3';
import { SecretBox } from './secret-box';

export interface SealedDatabaseOptions {
  /** Schema statements, idempotent (CREATE ... IF NOT EXISTS); must create `meta (name, value)`. */
  migrations: string;
  /** The sealed marker's text and its row in `meta`: each store keeps its own names on disk. */
  keyCheck: { marker: string; row: string };
  /** Extra pragmas after WAL, e.g. `foreign_keys = ON`. */
  pragmas?: readonly string[];
}

/**
 * Opens a store's SQLite file (WAL, so readers never wait for the writer) and checks the store
 * key against a sealed marker, written on first open: a wrong key stops the process at start
 * instead of failing later or, worse, sealing new secrets nothing else can open.
 */
export function openSealedDatabase(path: string, box: SecretBox, options: SealedDatabaseOptions): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    for (const p of options.pragmas ?? []) db.pragma(p);
    db.exec(options.migrations);
    const { marker, row } = options.keyCheck;
    const check = db.prepare('SELECT value FROM meta WHERE name = ?').get(row) as { value: Buffer } | undefined;
    if (check) box.open(check.value, marker);
    else db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run(row, box.seal(marker, marker));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
