import { LabHost, LabInfo, labSsh } from '@kdeploy/testing';
import { parse } from 'yaml';
import { ApiAccess } from '@kdeploy/kube-api';

/** The admin credentials of a kubeconfig GetAdminKubeconfig returned, as API access to the given servers. */
export function adminApi(kubeconfig: string, servers: string[]): ApiAccess {
  const doc = parse(kubeconfig) as {
    clusters: { cluster: { 'certificate-authority-data': string } }[];
    users: { user: Record<string, string> }[];
  };
  const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
  return {
    servers,
    caPem: pem(doc.clusters[0].cluster['certificate-authority-data']),
    client: { certPem: pem(doc.users[0].user['client-certificate-data']), keyPem: pem(doc.users[0].user['client-key-data']) },
  };
}

/** A lab host by name. */
export function hostOf(lab: LabInfo, name: string): LabHost {
  const h = lab.hosts.find((x) => x.name === name);
  if (!h) throw new Error(`the lab has no ${name}`);
  return h;
}

/** Runs a command on a lab host with the system's ssh client; fails the test with its output when it fails. */
export async function onHost(lab: LabInfo, name: string, command: string): Promise<string> {
  const r = await labSsh(lab, hostOf(lab, name), command);
  if (r.code !== 0) throw new Error(`${name}: ${command}: exit ${r.code}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Main PIDs of the control-plane units on a host, and the sha256 of every certificate and key there. */
export async function fingerprint(lab: LabInfo, name: string): Promise<string> {
  return onHost(
    lab,
    name,
    'systemctl show -p MainPID kube-apiserver kube-controller-manager kube-scheduler; sha256sum /etc/kubernetes/pki/* /etc/kubernetes/*.kubeconfig /etc/kubernetes/config/*',
  );
}
