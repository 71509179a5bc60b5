export { LocalConnection } from './local-connection';
