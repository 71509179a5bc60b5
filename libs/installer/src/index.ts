export * from './contract';
export * from './progress-stream';
export * from './ssh-access';
export * from './target';
export * from './session';
export * from './mutex';
