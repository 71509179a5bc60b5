export * from './lab-info';
export * from './lab';
export { LabCliError } from './lab-cli';
export { repoRoot } from './repo-root';
export * from './lab-ssh';
export * from './tls';
export * from './pki-process';
export * from './service-process';
export * from './etcd-installer-process';
