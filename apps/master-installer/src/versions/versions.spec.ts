import { SpecError } from '@kdeploy/errors';
import { referenceFlags } from '@kdeploy/testing';
import { COMPONENTS, versionTable, VERSIONS } from '.';

describe('version table', () => {
  it("lists for every minor and component only flags that minor's binary knows and does not deprecate", () => {
    for (const v of VERSIONS) {
      for (const component of COMPONENTS) {
        const reference = referenceFlags(v.minor, component);
        expect(reference.size).toBeGreaterThan(50);
        const unknown = [...v.flags[component]].filter((f) => !reference.has(f));
        const deprecated = [...v.flags[component]].filter((f) => reference.get(f)?.deprecated);
        expect({ component, unknown, deprecated }).toEqual({ component, unknown: [], deprecated: [] });
      }
    }
  });

  it('takes the structured authentication config only where the apiserver has --authentication-config', () => {
    for (const v of VERSIONS) {
      const apiserver = referenceFlags(v.minor, 'kube-apiserver');
      if (v.configs.authentication) expect(apiserver.has('authentication-config')).toBe(true);
      // The two are exclusive: the anonymous block replaces --anonymous-auth.
      if (v.configs.authentication) expect(v.flags['kube-apiserver'].has('anonymous-auth')).toBe(false);
      else expect(v.flags['kube-apiserver'].has('anonymous-auth')).toBe(true);
    }
  });

  it('gives 1.37 the GA config apiVersions', () => {
    expect(versionTable('v1.37.2').configs).toEqual({
      scheduler: { apiVersion: 'kubescheduler.config.k8s.io/v1', kind: 'KubeSchedulerConfiguration' },
      encryption: { apiVersion: 'apiserver.config.k8s.io/v1', kind: 'EncryptionConfiguration' },
      auditPolicy: { apiVersion: 'audit.k8s.io/v1', kind: 'Policy' },
      authentication: { apiVersion: 'apiserver.config.k8s.io/v1', kind: 'AuthenticationConfiguration' },
    });
  });

  it('picks the entry by minor from a release, a minor or a pre-release', () => {
    for (const v of ['v1.37.2', '1.37', 'v1.37.0', 'v1.37.0-rc.1']) expect(versionTable(v).minor).toBe('1.37');
  });

  it('refuses an unsupported minor or a malformed version, naming spec.kubernetes_version', () => {
    for (const v of ['v1.36.4', 'v1.38.0', 'v1.3.7', '', 'latest', 'v1.37.2.1']) {
      let error: unknown;
      try {
        versionTable(v);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).issues).toEqual([{ path: 'spec.kubernetes_version', message: expect.stringContaining('deploys 1.37') }]);
    }
    expect(() => versionTable('v1.36.4')).toThrow(
      'spec.kubernetes_version: Kubernetes v1.36.4 is not supported; this installer deploys 1.37',
    );
  });
});
