import { VERSION } from '../testing/fixtures';
import { featureGates, flags } from './flags';

describe('flags()', () => {
  it('refuses a flag outside the version table, even one the binary knows', () => {
    // Known to kube-apiserver 1.37, but excluded: it conflicts with the authentication config.
    expect(() => flags(VERSION, 'kube-apiserver', { 'anonymous-auth': false })).toThrow(
      "kube-apiserver 1.37 has no flag --anonymous-auth in kdeploy's version table",
    );
    // Deprecated for the scheduler: it belongs in the config file.
    expect(() => flags(VERSION, 'kube-scheduler', { profiling: false })).toThrow(/kube-scheduler 1.37 has no flag --profiling/);
    expect(() => flags(VERSION, 'kube-apiserver', { 'insecure-port': 8080 })).toThrow(/--insecure-port/);
    // A flag of one component is not allowed on another.
    expect(() => flags(VERSION, 'kube-scheduler', { 'use-service-account-credentials': true })).toThrow(/kube-scheduler/);
  });

  it('joins lists with commas, keeps false and 0, and leaves out undefined and empty values', () => {
    expect(
      flags(VERSION, 'kube-controller-manager', {
        controllers: ['*', 'tokencleaner'],
        profiling: false,
        'secure-port': 0,
        'cluster-cidr': undefined,
        'feature-gates': '',
        'tls-cipher-suites': [],
      }),
    ).toEqual(['--controllers=*,tokencleaner', '--profiling=false', '--secure-port=0']);
  });

  it('refuses an unknown flag even when its value would leave it out', () => {
    expect(() => flags(VERSION, 'kube-controller-manager', { 'cluster-cidrs': undefined })).toThrow(/--cluster-cidrs/);
  });

  it('renders feature gates sorted by name', () => {
    expect(featureGates({ ZFeature: false, AFeature: true })).toBe('AFeature=true,ZFeature=false');
    expect(featureGates({})).toBe('');
  });
});
