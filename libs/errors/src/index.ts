export * from './kdeploy-error';
export * from './errors';
