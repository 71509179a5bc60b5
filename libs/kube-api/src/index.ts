export * from './kube-api';
export * from './server-side-apply';
