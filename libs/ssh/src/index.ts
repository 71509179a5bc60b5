export * from './host-connection';
export { sh, quote, raw, RawShell } from './sh';
export { fingerprint } from './host-key';
export type { HostKeyPolicy } from './host-verifier';
export type { SshHostOptions } from './options';
export { SshHost } from './ssh-host';
export { SharedSshHosts } from './shared-hosts';
export { sha256Is, sha256Line } from './upload-commands';
