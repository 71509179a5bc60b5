import { toKubeYaml } from '@kdeploy/templates';
import { KubernetesVersion } from '../versions';

/** One resource selector of an audit rule (`group: ''` is the core group). */
export interface GroupResources {
  group: string;
  resources?: string[];
}

/** One audit rule; the first rule that matches a request decides its level. */
export interface AuditRule {
  level: 'None' | 'Metadata' | 'Request' | 'RequestResponse';
  users?: string[];
  userGroups?: string[];
  verbs?: string[];
  resources?: GroupResources[];
  nonResourceURLs?: string[];
}

/** audit.k8s.io Policy. */
export interface AuditPolicy {
  apiVersion: string;
  kind: 'Policy';
  omitStages: string[];
  rules: AuditRule[];
}

const WRITES = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** The API groups whose changes are logged with their bodies: workloads, access control, admission and the core objects. */
export const CORE_GROUPS = [
  '',
  'apps',
  'batch',
  'rbac.authorization.k8s.io',
  'networking.k8s.io',
  'policy',
  'admissionregistration.k8s.io',
  'certificates.k8s.io',
];

/**
 * kdeploy's default audit policy, in order (first match wins):
 * 1. None for health probes and version checks: they arrive every few seconds and say nothing.
 * 2. None for kube-proxy's watches and for the heartbeats (node leases, leader election):
 *    the bulk of all requests, and only these users' routine ones are skipped.
 * 3. None for Events: they are already a record, and logging them doubles the write load.
 * 4. Metadata for Secrets, ConfigMaps, token reviews and token requests: their bodies carry
 *    credentials, which the log must never hold; who touched what is still recorded.
 * 5. RequestResponse for changes to core objects: what changed and what it became.
 * 6. Metadata for everything else (reads and other groups' changes).
 * RequestReceived is omitted: each request would otherwise be logged twice.
 */
export function auditPolicy(version: KubernetesVersion): AuditPolicy {
  return {
    apiVersion: version.configs.auditPolicy.apiVersion,
    kind: version.configs.auditPolicy.kind,
    omitStages: ['RequestReceived'],
    rules: [
      { level: 'None', nonResourceURLs: ['/healthz*', '/livez*', '/readyz*', '/version'] },
      {
        level: 'None',
        users: ['system:kube-proxy'],
        verbs: ['watch'],
        resources: [
          { group: '', resources: ['endpoints', 'services', 'services/status', 'nodes'] },
          { group: 'discovery.k8s.io', resources: ['endpointslices'] },
        ],
      },
      {
        level: 'None',
        userGroups: ['system:nodes'],
        verbs: ['get', 'update'],
        resources: [{ group: 'coordination.k8s.io', resources: ['leases'] }],
      },
      {
        level: 'None',
        users: ['system:kube-controller-manager', 'system:kube-scheduler'],
        verbs: ['get', 'update'],
        resources: [{ group: 'coordination.k8s.io', resources: ['leases'] }],
      },
      {
        level: 'None',
        resources: [
          { group: '', resources: ['events'] },
          { group: 'events.k8s.io', resources: ['events'] },
        ],
      },
      {
        level: 'Metadata',
        resources: [
          { group: '', resources: ['secrets', 'configmaps', 'serviceaccounts/token'] },
          { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
        ],
      },
      { level: 'RequestResponse', verbs: WRITES, resources: CORE_GROUPS.map((group) => ({ group })) },
      { level: 'Metadata' },
    ],
  };
}

/** The audit policy file's text. */
export const renderAuditPolicy = (version: KubernetesVersion) => toKubeYaml(auditPolicy(version));
