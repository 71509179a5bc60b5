export * from './handlers';
export * from './status';
export * from './credentials';
export * from './server';
export * from './client';
export * from './tls-dir';
