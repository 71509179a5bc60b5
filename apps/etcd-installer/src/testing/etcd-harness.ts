import { rmSync } from 'node:fs';
import { deriveEtcd, etcdSpecMessage } from '@kdeploy/cluster-spec';

import { commonV1, etcdV1 } from '@kdeploy/proto';
import { collectProgress, ensureLab, LabInfo, labSshAccess, startInProcessInstaller, startPkiProcess, testTls } from '@kdeploy/testing';

import { startEtcdInstaller } from '../app';

export const CLUSTER_ID = 'etcd-lab';

/** A lab host by name; a test naming a host the lab lacks fails saying so. */
export function labHost(lab: LabInfo, name: string) {
  const h = lab.hosts.find((x) => x.name === name);
  if (!h) throw new Error(`the lab has no host ${name} (it has ${lab.hosts.map((x) => x.name).join(', ')})`);
  return h;
}

/** lab1..lab5 as etcd hosts; lab6-lab8 belong to other projects' tests. */
export const hostsOf = (lab: LabInfo, names: string[]): commonV1.Host[] =>
  names.map((n) => {
    const h = labHost(lab, n);
    return { name: h.name, address: h.address, roles: ['ROLE_ETCD'] };
  });

/** Every lab host the etcd tests may use. */
export const ETCD_LAB_HOSTS = ['lab1', 'lab2', 'lab3', 'lab4', 'lab5'];

/**
 * The etcd settings a caller derives from its cluster spec, as the gateway does: the members
 * bootstrapping together are `names`; spec.members also covers the other lab hosts, so a test
 * can add one of them with AddMember.
 */
export function etcdSpecFor(lab: LabInfo, names: string[]): etcdV1.EtcdSpec {
  const hosts = (list: string[]) => list.map((n) => ({ name: n, address: labHost(lab, n).address }));
  const bootstrapping = etcdSpecMessage(deriveEtcd(hosts(names), '1.37', '/var/lib/etcd'));
  const everyone = etcdSpecMessage(deriveEtcd(hosts(ETCD_LAB_HOSTS), '1.37', '/var/lib/etcd'));
  return { ...bootstrapping, members: everyone.members };
}

/** A running lab, pki-service (cluster initialised for lab1..lab5), installer and client. */
export async function startEtcdHarness() {
  const lab = await ensureLab(5);
  const pki = await startPkiProcess();
  await pki.client.unary('InitCluster', { clusterId: CLUSTER_ID, hosts: hostsOf(lab, ETCD_LAB_HOSTS), serviceCidr: '10.96.0.0/12' });
  const tls = await testTls();
  const installer = await startInProcessInstaller('etcd-installer', startEtcdInstaller, (k) => k.etcd.v1.EtcdInstaller);
  const { client, logs } = installer;
  const target = (names: string[], connectTimeoutMs = 5_000): commonV1.Target => ({
    clusterId: CLUSTER_ID,
    hosts: hostsOf(lab, names),
    ssh: labSshAccess(lab, connectTimeoutMs),
  });
  const common = (names: string[]) => ({
    target: target(names),
    spec: etcdSpecFor(lab, names),
    artifacts: { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY' as const, location: lab.artifactsDir },
    pki: { service: { address: pki.address } },
  });

  /** Temp dirs (client keys, snapshots) removed by stop(). */
  const tempDirs: string[] = [];
  return {
    tls,
    lab,
    pki,
    tempDirs,
    client,
    logs,
    target,
    common,
    apply: (names: string[], extra: Partial<etcdV1.ApplyRequest> = {}) =>
      collectProgress(client.stream('Apply', { ...common(names), ...extra })),
    remove: (names: string[], deleteData = true, keepArtifactCache = false) =>
      collectProgress(client.stream('Remove', { target: target(names), spec: {}, deleteData, keepArtifactCache })),
    status: (names: string[]): Promise<etcdV1.StatusResponse__Output> =>
      client.unary('Status', { target: target(names), spec: {}, pki: common(names).pki }),
    drain: collectProgress,
    async stop() {
      await pki.stop();
      for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
      // the runner only logs a progress listener that throws (a deployment must not fail over
      // its progress report), so stop() makes it an error: progress must reach the caller
      await installer.stop();
    },
  };
}

export type EtcdHarness = Awaited<ReturnType<typeof startEtcdHarness>>;
