export * from './host-connection';
