export * from './step';
export * from './plan';
export * from './events';
export * from './fan-out';
export * from './host-ops';
export * from './runner';
export { octalMode } from './mode';
export * from './ownership';
