export * from './x509-types';
export * from './keys';
export * from './native-sign';
export * from './certificate-builder';
export * from './internal-ca';
export * from './tls-dirs';
export * from './certificate-problem';
