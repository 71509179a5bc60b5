import { runInstallerMain } from '@kdeploy/installer';
import { MASTER_INSTALLER, startMasterInstaller } from './app';

runInstallerMain(MASTER_INSTALLER, startMasterInstaller);
