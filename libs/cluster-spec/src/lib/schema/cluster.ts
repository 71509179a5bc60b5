/**
 * The whole cluster document, `apiVersion: kdeploy.io/v1`, `kind: Cluster`. Every object is
 * strict (unknown fields are refused: a typo must not be silently ignored), sections the
 * user leaves out get their defaults, and the cross-field rules run even when some fields
 * are wrong, so one response lists every problem.
 */
import { z } from 'zod';
import { crossFieldRules } from '../rules/cross-field';
import { Addons, ContainerRuntime, ControlPlane, Etcd, Kubelet } from './components';
import { Hosts } from './hosts';
import { Artifacts, HostPreparation, Pki } from './install';
import { Network } from './network';
import { DnsLabel } from './primitives';
import { Ssh } from './ssh';
import { SUPPORTED_KUBERNETES_MINORS, kubernetesVersionProblem, supportedRange } from './versions';

/** `v1.37.2`: a stable release of a supported minor. */
export const KubernetesVersionText = z
  .string()
  .superRefine((text, ctx) => {
    const problem = kubernetesVersionProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: `Kubernetes release to deploy, e.g. v1.37.2 (supported: ${supportedRange()})`,
    // For editors: the same rule as a pattern, built from the one table of minors.
    pattern: `^v(${SUPPORTED_KUBERNETES_MINORS.map((m) => m.replace('.', '\\.')).join('|')})\\.(0|[1-9][0-9]*)$`,
  });

/** What the cluster is made of. `prefault` runs a missing section through its schema, so its defaults apply. */
export const ClusterSpecBody = z
  .strictObject({
    kubernetesVersion: KubernetesVersionText,
    hosts: Hosts,
    ssh: Ssh,
    controlPlane: ControlPlane.prefault({}),
    containerRuntime: ContainerRuntime.prefault({}),
    kubelet: Kubelet.prefault({}),
    network: Network.prefault({}),
    hostPreparation: HostPreparation.prefault({}),
    etcd: Etcd.prefault({}),
    addons: Addons,
    artifacts: Artifacts,
    pki: Pki.prefault({}),
    takeOverHosts: z.boolean().default(false).meta({
      description:
        "Each host records the cluster that owns it; a host owned by another cluster is refused before anything changes. true takes such hosts over (their record becomes this cluster's): only for hosts whose old cluster is gone.",
    }),
  })
  .meta({ id: 'ClusterSpecBody' });

/** Object metadata, as in Kubernetes. */
export const ClusterMetadata = z.strictObject({
  name: DnsLabel.meta({ description: 'Cluster name (DNS-1123 label)' }),
});

/** The cluster document, validated and defaulted. Use this schema for OpenAPI too. */
export const ClusterSchema = z
  .strictObject({
    apiVersion: z.literal('kdeploy.io/v1'),
    kind: z.literal('Cluster'),
    metadata: ClusterMetadata,
    spec: ClusterSpecBody,
  })
  // `when: always`: zod would skip object-level rules once any field failed; we want them all.
  .superRefine(crossFieldRules, { when: () => true })
  .meta({
    id: 'Cluster',
    title: 'kdeploy Cluster',
    description: 'A Kubernetes cluster deployed by kdeploy from binaries over SSH',
  });

/** A validated spec with every default filled in. */
export type ClusterSpec = z.output<typeof ClusterSchema>;
/** What a user may write (defaulted fields optional). */
export type ClusterSpecInput = z.input<typeof ClusterSchema>;
