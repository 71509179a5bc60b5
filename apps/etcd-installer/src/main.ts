import { createLogger } from '@kdeploy/logging';
import { startEtcdInstaller } from './app';
import { HELP, readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(HELP);
    return;
  }
  await startEtcdInstaller({ ...config, logger: createLogger('etcd-installer') });
}

main().catch((e: unknown) => {
  // Startup errors are flags or a taken port: say what is wrong, no stack.
  process.stderr.write(`etcd-installer: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
