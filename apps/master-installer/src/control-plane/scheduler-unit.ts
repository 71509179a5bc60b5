import { SystemdUnit } from '@kdeploy/templates';
import { componentUnit } from './component-unit';
import { KubernetesVersion } from '../versions';
import { featureGates, flags, TLS_CIPHER_SUITES, TLS_MIN_VERSION } from './flags';
import { CONFIG, KUBECONFIG } from './layout';
import { SCHEDULER_PORT } from './ports';
import { MasterSettings } from './settings';

/**
 * The kube-scheduler unit, the same on every master. Its kubeconfig, leader election and
 * profiling are in the config file (`--kubeconfig` and `--profiling` are deprecated flags);
 * `--leader-elect` is repeated here because the scheduler applies explicitly set
 * leader-election flags over the file, so the unit alone shows it is on.
 * `sha256` is the binary's, so that a new binary restarts it through the unit change.
 */
export function schedulerUnit(s: MasterSettings, version: KubernetesVersion, sha256: string): SystemdUnit {
  const kubeconfig = KUBECONFIG['kube-scheduler'];
  const args = flags(version, 'kube-scheduler', {
    config: CONFIG.scheduler,
    'authentication-kubeconfig': kubeconfig,
    'authorization-kubeconfig': kubeconfig,
    'bind-address': '127.0.0.1',
    'secure-port': SCHEDULER_PORT,
    'leader-elect': true,
    'tls-min-version': TLS_MIN_VERSION,
    'tls-cipher-suites': TLS_CIPHER_SUITES,
    'feature-gates': featureGates(s.featureGates),
  });
  return componentUnit({ component: 'kube-scheduler', description: 'Kubernetes scheduler', args, sha256 });
}
