export * from './artifact-source';
