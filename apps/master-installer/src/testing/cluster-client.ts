import { LabInfo, onHost } from '@kdeploy/testing';

/** Main PIDs of the control-plane units on a host, and the sha256 of every certificate and key there. */
export async function fingerprint(lab: LabInfo, name: string): Promise<string> {
  return onHost(
    lab,
    name,
    'systemctl show -p MainPID kube-apiserver kube-controller-manager kube-scheduler; sha256sum /etc/kubernetes/pki/* /etc/kubernetes/*.kubeconfig /etc/kubernetes/config/*',
  );
}
