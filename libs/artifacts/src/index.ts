export * from './artifact-source';
export * from './manifest';
