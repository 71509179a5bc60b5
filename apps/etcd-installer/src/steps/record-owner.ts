import { recordOwnerStep as kitRecordOwner } from '@kdeploy/installer';
import { installHosts, InstallCtx } from './context';

/** The kit's ownership record on every host this call installs on, right after preflight. */
export const recordOwnerStep = kitRecordOwner<InstallCtx>({ id: 'etcd/record-owner', prepare: installHosts });
