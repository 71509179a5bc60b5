import type { Stage } from '../stage';
import { etcdStage } from './etcd';
import { pkiStage } from './pki';

/**
 * The deployment graph. Order here is only for display; what runs when follows `needs`.
 * Later: master (needs pki, etcd), network (needs etcd), node (needs pki), addons (needs master, network, node).
 */
export const DEPLOY_STAGES: readonly Stage[] = [pkiStage, etcdStage];
