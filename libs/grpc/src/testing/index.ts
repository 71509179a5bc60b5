// Test helpers for gRPC services; never imported by shipped code.
export * from './reflection';
export * from './mtls';
