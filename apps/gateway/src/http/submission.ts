import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SpecError, SpecIssue } from '@kdeploy/errors';
import { ClusterSpec, deriveCluster, redactClusterSpec, safeParseClusterSpec } from '@kdeploy/cluster-spec';
import { localPath } from '../jobs/requests';
import type { DeployInputs } from '../jobs/requests';
import type { ClusterSecrets } from '../store/job-store';

/** A validated submission: the spec, what it points to on the gateway's disk, and its secrets. */
export interface Submission {
  inputs: DeployInputs;
  /** The spec as stored and returned: secrets replaced by [redacted]. */
  redacted: ClusterSpec;
  bodyHash: string;
}

/** Hash of a body for Idempotency-Key checks: key order does not matter, content does. */
export function bodyHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

export async function readLocal(path: string, field: string, issues: SpecIssue[]): Promise<string | undefined> {
  try {
    return await readFile(localPath(path), 'utf8');
  } catch (e) {
    // The code (ENOENT, EACCES) only: the path is the user's own, the content is never echoed.
    issues.push({
      path: field,
      message: `cannot read ${localPath(path)} on the gateway's machine (${(e as NodeJS.ErrnoException).code ?? 'error'}); relative paths are read from the gateway's working directory`,
    });
    return undefined;
  }
}

/**
 * Validates a POST body once, at the edge: the spec schema and rules, then the files it names
 * (the SSH key is read here and sealed; it is not read again later). Throws SpecError
 * listing every problem by field path; touches no host.
 */
export async function readSubmission(body: unknown): Promise<Submission> {
  const parsed = safeParseClusterSpec(body);
  if (!parsed.success) throw parsed.error;
  const spec = parsed.spec;
  const { ssh } = spec.spec;
  const issues: SpecIssue[] = [];
  const secrets: ClusterSecrets = { passphrase: ssh.passphrase, password: ssh.password, sudoPassword: ssh.sudoPassword };
  if (ssh.privateKeyFile) secrets.privateKey = await readLocal(ssh.privateKeyFile, 'spec.ssh.privateKeyFile', issues);
  const knownHosts = ssh.knownHostsFile ? await readLocal(ssh.knownHostsFile, 'spec.ssh.knownHostsFile', issues) : '';
  if (issues.length) throw new SpecError(issues);
  const redacted = redactClusterSpec(spec);
  return {
    inputs: { clusterId: spec.metadata.name, spec, derived: deriveCluster(spec), secrets, knownHosts: knownHosts ?? '' },
    redacted,
    bodyHash: bodyHash(body),
  };
}
