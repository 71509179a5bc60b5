import type { Stage } from '../stage';
import { addonsStage } from './addons';
import { etcdStage } from './etcd';
import { masterStage } from './master';
import { networkStage } from './network';
import { joinStage, nodeStage } from './node';
import { pkiStage } from './pki';
import { smokeStage } from './smoke';

/**
 * The deployment graph. Order here is only for display; what runs when follows `needs`: the
 * nodes are prepared (hosts, binaries, images, containerd) while etcd and the control plane
 * come up; the join and the pod network run side by side; then the add-ons, and the smoke check.
 */
export const DEPLOY_STAGES: readonly Stage[] = [
  pkiStage,
  etcdStage,
  masterStage,
  nodeStage,
  joinStage,
  networkStage,
  addonsStage,
  smokeStage,
];
