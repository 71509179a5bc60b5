import { recordOwnerStep } from '@kdeploy/installer';
import { NetCtx } from './context';

/** The kit's ownership record on every node, right after preflight. */
export const recordOwner = recordOwnerStep<NetCtx>({ id: 'network/record-owner' });
