import { runInstallerMain } from '@kdeploy/installer';
import { ETCD_INSTALLER, startEtcdInstaller } from './app';

runInstallerMain(ETCD_INSTALLER, startEtcdInstaller);
