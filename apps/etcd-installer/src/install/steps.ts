import { etcdConfig } from '../steps/etcd-config';
import { healthcheckClient } from '../steps/healthcheck-client';
import { installBinaries } from '../steps/install-binaries';
import { memberCertificates } from '../steps/member-certificates';
import { memberKeys } from '../steps/member-keys';
import { preflight } from '../steps/preflight';
import { recordOwnerStep } from '../steps/record-owner';
import { restoreData } from '../steps/restore-data';
import { startEtcd } from '../steps/start-etcd';
import { waitHealthy } from '../steps/wait-healthy';
import { EtcdStep } from './context';

/**
 * The install procedure, top to bottom. Apply runs it on every member; AddMember on the new
 * one (between its own member add and promote steps); Restore with restoreData active.
 * Preflight only reads, so a bad host fails the call before any host is changed.
 */
export const INSTALL_STEPS: readonly EtcdStep[] = [
  preflight,
  recordOwnerStep,
  installBinaries,
  memberKeys,
  memberCertificates,
  healthcheckClient,
  etcdConfig,
  restoreData,
  startEtcd,
  waitHealthy,
];
