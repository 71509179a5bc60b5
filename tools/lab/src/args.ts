import { MAX_HOSTS } from './naming';

/** A parsed lab command line. */
export type LabCommand =
  | { kind: 'help' }
  | { kind: 'up'; count: number }
  | { kind: 'down' }
  | { kind: 'status' }
  | { kind: 'partition' | 'heal' | 'poweroff' | 'poweron' | 'crash'; host: string }
  | { kind: 'block'; host: string; peer: string; proto: 'udp' | 'tcp'; port: number }
  | { kind: 'unblock'; host: string; peer: string };

export const DEFAULT_HOSTS = 3;

export const USAGE = `usage: lab <command>

  up [N]            start lab1..labN (default ${DEFAULT_HOSTS}, max ${MAX_HOSTS}) and write .lab/ (state.json,
                    id_ed25519, known_hosts, artifacts/); a no-op when they already run
  down              stop every host and remove all the lab's traces, leftovers of killed runs too
  status            each host: running / unreachable / stopped, with its address
  partition NAME    cut NAME off the network (its veth goes down)
  heal NAME         undo partition
  poweroff NAME     clean shutdown of NAME; its disk (and so its identity) is kept
  poweron NAME      boot NAME again and wait until it answers over ssh
  crash NAME        kill NAME at once (SIGKILL), like pulling the plug
  block A B udp/P   drop udp (or tcp) to port P between A and B, both ways, in the lab's network
  unblock A B       undo every block between A and B
  --help            this text`;

const HOST_COMMANDS = ['partition', 'heal', 'poweroff', 'poweron', 'crash'] as const;

/** Parses argv (without node and script); throws an Error whose message is meant for the user. */
export function parseArgs(argv: string[]): LabCommand {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') return { kind: 'help' };
  const extra = (max: number) => {
    if (rest.length > max) throw new Error(`lab ${cmd}: unexpected argument ${rest[max]}\n\n${USAGE}`);
  };
  switch (cmd) {
    case 'up': {
      extra(1);
      const raw = rest[0] ?? String(DEFAULT_HOSTS);
      const count = Number(raw);
      if (!/^\d+$/.test(raw) || count < 1 || count > MAX_HOSTS) {
        throw new Error(`lab up: N must be a whole number from 1 to ${MAX_HOSTS}, got ${raw}`);
      }
      return { kind: 'up', count };
    }
    case 'block': {
      extra(3);
      const [host, peer, what] = rest;
      const m = /^(udp|tcp)\/(\d{1,5})$/.exec(what ?? '');
      if (!host || !peer || !m || Number(m[2]) < 1 || Number(m[2]) > 65535)
        throw new Error(`lab block: usage lab block A B udp/PORT (for example lab block lab2 lab3 udp/8472)`);
      return { kind: 'block', host, peer, proto: m[1] as 'udp' | 'tcp', port: Number(m[2]) };
    }
    case 'unblock': {
      extra(2);
      if (!rest[0] || !rest[1]) throw new Error('lab unblock: usage lab unblock A B');
      return { kind: 'unblock', host: rest[0], peer: rest[1] };
    }
    case 'down':
    case 'status':
      extra(0);
      return { kind: cmd };
    default: {
      const kind = HOST_COMMANDS.find((c) => c === cmd);
      if (!kind) throw new Error(`lab: unknown command ${cmd}\n\n${USAGE}`);
      extra(1);
      if (!rest[0]) throw new Error(`lab ${cmd}: which host? (for example lab ${cmd} lab2)`);
      return { kind, host: rest[0] };
    }
  }
}
