export * from './options';
export * from './load';
export * from './timestamp';
export * from './services';
// Type namespaces per proto package: commonV1, pkiV1, etcdV1, masterV1, networkV1, nodeV1,
// healthV1, protobuf (e.g. `etcdV1.ApplyRequest__Output`, `pkiV1.PkiServiceHandlers`).
export * from './generated';
