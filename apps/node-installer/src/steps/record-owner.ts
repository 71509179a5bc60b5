import { recordOwnerStep as kitRecordOwner } from '@kdeploy/installer';
import { installHosts, NodeCtx } from './context';

/** The kit's ownership record on every node this call installs on, right after preflight. */
export const recordOwner = kitRecordOwner<NodeCtx>({ id: 'node/record-owner', prepare: installHosts });
