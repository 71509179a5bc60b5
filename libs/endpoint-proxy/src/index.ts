export * from './haproxy-config';
export * from './proxy-unit';
export * from './proxy-step';
