import { recordOwnerStep as kitRecordOwner } from '@kdeploy/installer';
import { installHosts, MasterCtx } from './context';

/** The kit's ownership record on every master this call installs on, right after preflight. */
export const recordOwner = kitRecordOwner<MasterCtx>({ id: 'master/record-owner', prepare: installHosts });
