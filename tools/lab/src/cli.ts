import { parseArgs, USAGE, LabCommand } from './args';
import { labDown } from './down';
import { block, heal, partition, powerOff, powerOn, unblock } from './faults';
import { LabPaths, labPaths } from './paths';
import { Progress } from './progress';
import { formatStatus, labStatus } from './status';
import { labUp } from './up';

/** Entry point of tools/lab/bin/lab: one command per run, exit code 1 with a clear message on failure. */
async function main(argv: string[]): Promise<void> {
  let command: LabCommand;
  try {
    command = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (process.getuid?.() !== 0) throw new Error('lab needs root (network namespaces, mounts, nspawn)');
  await dispatch(command, labPaths(), new Progress());
}

async function dispatch(command: Exclude<LabCommand, { kind: 'help' }>, paths: LabPaths, progress: Progress): Promise<void> {
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  switch (command.kind) {
    case 'up':
      await labUp(paths, command.count, progress);
      return;
    case 'down':
      return labDown(paths, progress);
    case 'status':
      return say(formatStatus(await labStatus(paths)));
    case 'partition':
      return say(await partition(paths, command.host));
    case 'heal':
      return say(await heal(paths, command.host));
    case 'poweroff':
      return say(await powerOff(paths, command.host, 'SIGTERM'));
    case 'crash':
      return say(await powerOff(paths, command.host, 'SIGKILL'));
    case 'poweron':
      return say(await powerOn(paths, command.host, progress));
    case 'block':
      return say(await block(paths, command.host, command.peer, command.proto, command.port));
    case 'unblock':
      return say(await unblock(paths, command.host, command.peer));
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const e = err as Error;
  process.stderr.write(`lab: ${e.name === 'Error' ? '' : `${e.name}: `}${e.message}\n`);
  process.exit(1);
});
