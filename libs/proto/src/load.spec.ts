import * as grpc from '@grpc/grpc-js';
import { commonV1, fromTimestamp, loadKdeployPackage, loadKdeployPackageDefinition, serviceName, toTimestamp } from './index';

describe('loadKdeployPackage', () => {
  it('exposes every kdeploy service and grpc.health.v1.Health as client constructors', () => {
    const pkg = loadKdeployPackage();
    const services = [
      pkg.kdeploy.pki.v1.PkiService,
      pkg.kdeploy.etcd.v1.EtcdInstaller,
      pkg.kdeploy.master.v1.MasterInstaller,
      pkg.kdeploy.network.v1.NetworkInstaller,
      pkg.kdeploy.node.v1.NodeInstaller,
      pkg.grpc.health.v1.Health,
    ];
    expect(services.map((s) => serviceName(s.service))).toEqual([
      'kdeploy.pki.v1.PkiService',
      'kdeploy.etcd.v1.EtcdInstaller',
      'kdeploy.master.v1.MasterInstaller',
      'kdeploy.network.v1.NetworkInstaller',
      'kdeploy.node.v1.NodeInstaller',
      'grpc.health.v1.Health',
    ]);
    expect(new services[0]('127.0.0.1:1', grpc.credentials.createInsecure())).toBeInstanceOf(grpc.Client);
  });

  it('marks Apply as server-streaming and Plan as unary', () => {
    const svc = loadKdeployPackage().kdeploy.etcd.v1.EtcdInstaller.service;
    expect(svc.Apply.responseStream).toBe(true);
    expect(svc.Plan.responseStream).toBe(false);
  });

  it('round-trips a ProgressEvent with camelCase fields, string enums, oneof name and string longs', () => {
    const def = loadKdeployPackageDefinition()['kdeploy.etcd.v1.SnapshotResponse'] as unknown as {
      serialize(v: unknown): Buffer;
      deserialize(b: Buffer): Record<string, unknown>;
    };
    const sent = {
      event: {
        sequence: 3,
        time: toTimestamp(new Date(1_700_000_000_123)),
        stepFinished: { stepId: 'etcd/start', outcome: 'STEP_OUTCOME_CHANGED', durationMs: 42 },
      },
    };
    const got = def.deserialize(def.serialize(sent)) as { payload: string; event: commonV1.ProgressEvent__Output };
    expect(got.payload).toBe('event');
    expect(got.event.event).toBe('stepFinished');
    expect(got.event.stepFinished).toMatchObject({ stepId: 'etcd/start', outcome: 'STEP_OUTCOME_CHANGED', durationMs: 42, host: '' });
    expect(got.event.time?.seconds).toBe('1700000000');
    expect(fromTimestamp(got.event.time)?.getTime()).toBe(1_700_000_000_123);
  });

  it('carries snapshot info sizes as decimal strings (uint64 with longs: String)', () => {
    const def = loadKdeployPackageDefinition()['kdeploy.etcd.v1.SnapshotInfo'] as unknown as {
      serialize(v: unknown): Buffer;
      deserialize(b: Buffer): Record<string, unknown>;
    };
    expect(def.deserialize(def.serialize({ sizeBytes: '9007199254740993' })).sizeBytes).toBe('9007199254740993');
  });
});
