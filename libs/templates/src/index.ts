export * from './systemd/unit-model';
export { renderUnit } from './systemd/render-unit';
export { escapeSpecifiers, quoteWord, UnitValueError } from './systemd/escape';
export * from './kube/kube-yaml';
export * from './kube/kubeconfig';
export * from './kube/kubelet-config';
export * from './kube/kube-proxy-config';
