/** The OS families kdeploy prepares hosts for; each has its own package and security tooling. */
export type OsFamily = 'debian' | 'rhel';

/** What /etc/os-release says, the parts kdeploy reads. */
export interface OsRelease {
  id: string;
  idLike: string[];
  versionId: string;
  prettyName: string;
}

/** Parses /etc/os-release (os-release(5): KEY=value, values optionally quoted). */
export function parseOsRelease(text: string): OsRelease {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) values.set(m[1], m[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return {
    id: values.get('ID') ?? '',
    idLike: (values.get('ID_LIKE') ?? '').split(/\s+/).filter(Boolean),
    versionId: values.get('VERSION_ID') ?? '',
    prettyName: values.get('PRETTY_NAME') ?? values.get('ID') ?? 'unknown',
  };
}

const DEBIAN = ['debian', 'ubuntu'];
const RHEL = ['rhel', 'centos', 'rocky', 'almalinux', 'fedora'];

/** The family of a host, detected from os-release (never assumed), or undefined for one kdeploy does not prepare. */
export function osFamily(os: OsRelease): OsFamily | undefined {
  const ids = [os.id, ...os.idLike];
  if (ids.some((i) => DEBIAN.includes(i))) return 'debian';
  if (ids.some((i) => RHEL.includes(i))) return 'rhel';
  return undefined;
}
