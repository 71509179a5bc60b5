import type { ResolvedArtifact } from '@kdeploy/artifacts';

/** What the kit's shared steps read from an installer's own context. */
export interface KitContext {
  clusterId: string;
  /** Hosts another cluster owns may be taken over (otherwise preflight refuses them). */
  takeOverHosts: boolean;
  /** The binaries this call installs, resolved and hash-checked locally. */
  artifacts: readonly ResolvedArtifact<string>[];
  signal?: AbortSignal;
}
