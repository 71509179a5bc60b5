export * from './artifact-source';
export * from './manifest';
export * from './zstd-copy';
