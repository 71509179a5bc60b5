import { KdeployError } from '@kdeploy/errors';
import { createLogger } from '@kdeploy/logging';
import { startGateway } from './app';
import { HELP, readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const logger = createLogger('gateway');
  const gateway = await startGateway({ ...config, logger });
  // Running jobs are left `running` in the store on SIGTERM: the next start resumes them.
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    gateway.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        logger.error({ err: e }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  // Startup errors are ours (bad flags, no or wrong store key, port in use): say what is wrong.
  const message =
    e instanceof KdeployError || (e as NodeJS.ErrnoException)?.code ? (e as Error).message : String(e instanceof Error ? e.stack : e);
  process.stderr.write(`gateway: ${message}\n`);
  process.exit(1);
});
