import type { ClusterCas } from '@kdeploy/installer';
import { coreDnsObjects } from './coredns';
import { metricsServerObjects } from './metrics-server';
import { AddonObject } from './objects';
import { apiServiceReady, deploymentReady, ReadyCheck } from './readiness';
import { AddonsRequest } from './settings';

/** The images of the bundle the add-ons run (the manifest's image entries). */
export const ADDON_IMAGES = { coredns: 'image-coredns', metricsServer: 'image-metrics-server' } as const;
export type AddonName = keyof typeof ADDON_IMAGES;

/** What one add-on applies, given what the call gathered. */
export interface Addon {
  name: AddonName;
  title: string;
  objects: AddonObject[];
  ready: ReadyCheck[];
}

/** What the objects of the add-ons are built from. SECRET: metricsServing.keyPem. */
export interface AddonInputs {
  images: Record<AddonName, string>;
  clusterDomain: string;
  cas: ClusterCas;
  metricsServing?: { certPem: string; keyPem: string };
}

const PLACEHOLDER = '-';

/** Every add-on kdeploy knows, with the request's settings or, for one it does not want, placeholders: its objects' names are what removal needs. */
export function addonCatalog(req: AddonsRequest, inputs?: AddonInputs): Addon[] {
  const dns = req.coredns ?? { clusterDnsIp: PLACEHOLDER, upstreams: [], replicas: 2 };
  const metrics = req.metricsServer ?? { port: 4443 };
  return [
    {
      name: 'coredns',
      title: 'CoreDNS',
      objects: coreDnsObjects({
        ...dns,
        image: inputs?.images.coredns ?? PLACEHOLDER,
        clusterDomain: inputs?.clusterDomain ?? PLACEHOLDER,
      }),
      ready: [deploymentReady('kube-system', 'coredns')],
    },
    {
      name: 'metricsServer',
      title: 'metrics-server',
      objects: metricsServerObjects({
        port: metrics.port,
        image: inputs?.images.metricsServer ?? PLACEHOLDER,
        kubeletCaPem: inputs?.cas.kubernetes ?? PLACEHOLDER,
        servingCaPem: inputs?.cas.kubernetes ?? PLACEHOLDER,
        serving: inputs?.metricsServing ?? { certPem: PLACEHOLDER, keyPem: PLACEHOLDER },
      }),
      ready: [deploymentReady('kube-system', 'metrics-server'), apiServiceReady('v1beta1.metrics.k8s.io')],
    },
  ];
}
