import { runInstallerMain } from '@kdeploy/installer';
import { NETWORK_INSTALLER, startNetworkInstaller } from './app';

runInstallerMain(NETWORK_INSTALLER, startNetworkInstaller);
