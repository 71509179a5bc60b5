import { createLogger } from '@kdeploy/logging';
import { startMasterInstaller } from './app';
import { HELP, readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(HELP);
    return;
  }
  await startMasterInstaller({ ...config, logger: createLogger('master-installer') });
}

main().catch((e: unknown) => {
  // Startup errors are flags or a taken port: say what is wrong, no stack.
  process.stderr.write(`master-installer: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
