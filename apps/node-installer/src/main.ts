import { runInstallerMain } from '@kdeploy/installer';
import { NODE_INSTALLER, startNodeInstaller } from './app';

runInstallerMain(NODE_INSTALLER, startNodeInstaller);
