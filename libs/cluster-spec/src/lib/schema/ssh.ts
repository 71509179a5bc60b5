/**
 * How kdeploy reaches the hosts. Host keys are verified (security.md): either a known_hosts
 * file, a pinned fingerprint per host, or trust-on-first-use only when explicitly asked for.
 */
import { z } from 'zod';
import { LocalPath, Port, Secret } from './primitives';

/** SSH settings shared by every host; `spec.hosts[].port` overrides the port. */
export const Ssh = z
  .strictObject({
    user: z.string().min(1, 'must not be empty').default('root').meta({ description: 'Login user; sudo -n is used when not root' }),
    port: Port.default(22),
    privateKeyFile: LocalPath.optional().meta({ description: 'Private key file on the machine running kdeploy' }),
    passphrase: Secret.optional().meta({ description: 'Passphrase of privateKeyFile' }),
    password: Secret.optional().meta({ description: 'Login password, when no key is used' }),
    sudoPassword: Secret.optional().meta({ description: 'Given to sudo on stdin, never in argv' }),
    knownHostsFile: LocalPath.optional().meta({ description: "OpenSSH known_hosts file holding the hosts' keys" }),
    trustOnFirstUse: z
      .boolean()
      .default(false)
      .meta({ description: 'Accept and record an unknown host key on first contact; a recorded key is then pinned' }),
  })
  .meta({ id: 'Ssh' });
export type Ssh = z.infer<typeof Ssh>;

/** The ssh fields that hold secrets, for redaction. */
export const SSH_SECRET_FIELDS = ['passphrase', 'password', 'sudoPassword'] as const;
