export * from './lab-info';
