import type { Stage } from '../stage';
import { addonsStage } from './addons';
import { etcdStage } from './etcd';
import { masterStage } from './master';
import { networkStage } from './network';
import { joinStage, nodeStage } from './node';
import { pkiStage } from './pki';

/**
 * The deployment graph. Order here is only for display; what runs when follows `needs`: the
 * nodes are prepared (hosts, binaries, images, containerd) while etcd and the control plane
 * come up; the join and the pod network run side by side; the add-ons come last.
 */
export const DEPLOY_STAGES: readonly Stage[] = [pkiStage, etcdStage, masterStage, nodeStage, joinStage, networkStage, addonsStage];
