import { KdeployError } from '@kdeploy/errors';
import { createLogger } from '@kdeploy/logging';
import { startPkiService } from './app';
import { HELP, readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const logger = createLogger('pki-service');
  const service = await startPkiService({ ...config, logger });
  // Closing the store after the server's own SIGTERM handling keeps the SQLite file clean.
  process.once('beforeExit', () => void service.stop());
}

main().catch((e: unknown) => {
  // Startup errors are ours (bad flags, no or wrong store key): say what is wrong, no stack.
  const message =
    e instanceof KdeployError || (e instanceof Error && e.name === 'TypeError' && 'code' in e)
      ? (e as Error).message
      : String(e instanceof Error ? e.stack : e);
  process.stderr.write(`pki-service: ${message}\n`);
  process.exit(1);
});
