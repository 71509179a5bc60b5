export * from './secret-box';
export * from './sealed-database';
