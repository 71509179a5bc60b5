import { SpecError } from '@kdeploy/errors';
import { FLAGS_3_7 } from './v3.7';

/** What differs between etcd minors: the flags a unit may carry. One entry per minor kdeploy deploys. */
export interface EtcdVersion {
  minor: string;
  flags: ReadonlySet<string>;
}

/** Newest last. A minor joins with its flag list and its reference/etcd-vX.Y/etcd.flags. */
export const VERSIONS: readonly EtcdVersion[] = [{ minor: '3.7', flags: FLAGS_3_7 }];

/** The newest table: what a call that renders nothing (a removal) carries. */
export const NEWEST: EtcdVersion = VERSIONS[VERSIONS.length - 1];

/** The table for spec.version ("3.7", "3.7.3"); empty picks the newest. */
export function versionTable(version: string): EtcdVersion {
  if (!version) return NEWEST;
  const minor = version.split('.').slice(0, 2).join('.');
  const table = VERSIONS.find((v) => v.minor === minor);
  if (!table)
    throw new SpecError([
      {
        path: 'spec.version',
        message: `etcd ${version} is not supported; this installer deploys ${VERSIONS.map((v) => v.minor).join(', ')}`,
      },
    ]);
  return table;
}
