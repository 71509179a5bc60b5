import { PROXY_PATHS, PROXY_UNIT } from '@kdeploy/endpoint-proxy';
import { sh } from '@kdeploy/ssh';
import { binPath, CONFIG, KUBECONFIG, LAYOUT, PKI, unitName, unitPath } from '../control-plane/layout';
import { COMPONENTS } from '../versions';
import { installHosts, MasterStep } from './context';

/** Every certificate and key file in PKI. */
const pkiFiles = (): string[] => Object.values(PKI).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));

/**
 * Every file of the control plane on a master, which Remove deletes; directories a node's
 * files may share are removed only when empty. The ownership record is etcd's to end.
 */
const controlPlanePaths = (auditPath: string): string[] => [
  ...COMPONENTS.map(unitPath),
  ...COMPONENTS.map(binPath),
  ...PROXY_PATHS,
  ...Object.values(KUBECONFIG),
  ...Object.values(CONFIG),
  ...pkiFiles(),
  LAYOUT.configDir,
  auditPath.slice(0, auditPath.lastIndexOf('/')) || auditPath,
];

/**
 * Stops and disables the three components and the local proxy, then deletes their units,
 * binaries, certificates, keys, kubeconfigs and config files: the host keeps no credential of
 * the cluster. The binary cache stays (other installers share it; a reinstall sends nothing).
 */
export const removeControlPlane: MasterStep = {
  id: 'master/remove',
  title: 'Remove the control plane from the host',
  prepare: installHosts,
  async run(ctx, _host, ops) {
    for (const unit of [...COMPONENTS.map(unitName).reverse(), PROXY_UNIT]) {
      await ops.run(`stop and disable ${unit}`, sh`systemctl disable --now ${unit}`, {
        check: sh`! systemctl is-active --quiet ${unit} && ! systemctl is-enabled --quiet ${unit} 2>/dev/null`,
        timeoutMs: 60_000,
      });
    }
    for (const path of controlPlanePaths(ctx.request.settings.audit.path)) {
      await ops.run(`delete ${path}`, sh`rm -rf -- ${path}`, { check: sh`! test -e ${path}` });
    }
    for (const dir of [LAYOUT.pkiDir, LAYOUT.kubernetesDir]) {
      await ops.run(`delete ${dir} when empty`, sh`rmdir -- ${dir}`, { check: sh`! test -d ${dir} || test -n "$(ls -A -- ${dir})"` });
    }
    await ops.run('reload systemd', sh`systemctl daemon-reload && systemctl reset-failed 2>/dev/null; true`, {
      check: sh`! systemctl cat ${unitName('kube-apiserver')} >/dev/null 2>&1 && ! systemctl cat ${PROXY_UNIT} >/dev/null 2>&1`,
    });
  },
};
