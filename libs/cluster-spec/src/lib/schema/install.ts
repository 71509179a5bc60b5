/**
 * How kdeploy prepares hosts, where it gets binaries and how long certificates live.
 */
import { z } from 'zod';
import { LocalPath } from './primitives';

/** OS settings kdeploy changes before installing anything. */
export const HostPreparation = z
  .strictObject({
    selinux: z.enum(['permissive', 'disabled', 'unchanged']).default('permissive').meta({
      description: 'permissive takes effect at once; disabled needs a reboot; unchanged leaves it alone',
    }),
    swap: z.enum(['off', 'unchanged']).default('off').meta({
      description:
        'off: swapoff and remove from fstab; unchanged: swap stays, and the kubelet runs with it (swapBehavior NoSwap: pods get none)',
    }),
    kernelModules: z
      .array(z.string().regex(/^[A-Za-z0-9_-]+$/, 'not a kernel module name'))
      .default([])
      .meta({ description: 'Loaded in addition to overlay and br_netfilter' }),
    sysctls: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]*(\.[A-Za-z0-9_-]+)+$/, 'not a sysctl name like net.ipv4.ip_forward'),
        z.union([z.string(), z.number()]),
      )
      .default({})
      .meta({ description: 'Set in addition to the ones Kubernetes needs (ip_forward, bridge-nf-call-iptables)' }),
    cgroupV1: z.enum(['refuse', 'allow']).default('refuse').meta({
      description:
        'refuse: preflight refuses a host whose kernel runs cgroup v1 (kubelets from v1.35 on do); allow: the kubelet gets failCgroupV1: false, with a warning, for hosts that cannot boot cgroup v2 yet (RHEL 8, CentOS 7)',
    }),
  })
  .meta({ id: 'HostPreparation' });
export type HostPreparation = z.infer<typeof HostPreparation>;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/** Why an artifact location is refused: a local path, or an http(s) URL, nothing else. */
function artifactLocationProblem(text: string): string | undefined {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme !== 'http' && scheme !== 'https') return `${scheme}:// is not supported; use an http(s) URL or a local directory`;
  try {
    new URL(text);
    return undefined;
  } catch {
    return 'not a valid URL';
  }
}

/** A local directory/file path or an http(s) URL. */
export const ArtifactLocation = LocalPath.superRefine((text, ctx) => {
  const problem = artifactLocationProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Where binaries come from; every file is pinned by sha256 in the manifest. */
export const Artifacts = z
  .strictObject({
    source: ArtifactLocation.meta({ description: 'A local directory or an http(s) mirror URL' }),
    manifest: ArtifactLocation.optional().meta({
      description: 'Manifest of versions and sha256 sums; default: the one inside source',
    }),
  })
  .meta({ id: 'Artifacts' });
export type Artifacts = z.infer<typeof Artifacts>;

/** Certificate lifetimes and key type (architecture.md, PKI). */
export const Pki = z
  .strictObject({
    caYears: z.number().int().min(1).max(100).default(10),
    leafDays: z.number().int().min(1).max(3650).default(365).meta({ description: 'Must not outlive the CA' }),
    keyAlgorithm: z.enum(['ecdsa', 'rsa']).default('ecdsa').meta({
      description:
        'Leaf keys (every certificate but the CAs): ecdsa is P-256, made in well under a millisecond (the kubelet makes its own that way); rsa is RSA of keySize',
    }),
    keySize: z
      .literal([2048, 3072, 4096])
      .default(2048)
      .meta({ description: 'RSA bits of the CA keys, and of leaf keys with keyAlgorithm rsa' }),
  })
  .meta({ id: 'Pki' });
export type Pki = z.infer<typeof Pki>;

/** True when the location is a URL rather than a local path. */
export function isUrlLocation(text: string): boolean {
  return SCHEME.test(text);
}
