import { SpecError } from '@kdeploy/errors';
import { parseClusterSpecText, safeParseClusterSpecText } from './text';
import { exampleText, minimalSpec } from './testing/fixtures';

function errorOf(run: () => unknown): SpecError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('parseClusterSpecText', () => {
  it('reads JSON with format json, and JSON as YAML by default', () => {
    const json = JSON.stringify(minimalSpec());
    expect(parseClusterSpecText(json, 'json').metadata.name).toBe('demo');
    expect(parseClusterSpecText(json).metadata.name).toBe('demo');
  });

  it('turns a YAML syntax error into a SpecError with line and column', () => {
    const error = errorOf(() => parseClusterSpecText('apiVersion: kdeploy.io/v1\nkind: [Cluster\nmetadata: {}\n'));
    expect(error.issues[0].path).toMatch(/^line \d+, column \d+$/);
    expect(error.issues[0].message).toMatch(/^not valid YAML: /);
  });

  it('refuses duplicate keys, which YAML readers would otherwise resolve silently', () => {
    const error = errorOf(() => parseClusterSpecText('kind: Cluster\nkind: Pod\n'));
    expect(error.issues).toEqual([{ path: 'line 2, column 1', message: expect.stringMatching(/^not valid YAML: .*unique/i) }]);
  });

  it('refuses a stream of several documents', () => {
    const error = errorOf(() => parseClusterSpecText(`${exampleText('lab-cluster.yaml')}\n---\nkind: Cluster\n`));
    expect(error.issues).toEqual([
      { path: expect.stringMatching(/^line \d+, column 1$/), message: 'expected one YAML document, found more' },
    ]);
  });

  it('turns a JSON syntax error into a SpecError with line and column, without quoting the text', () => {
    const text = '{\n  "apiVersion": "kdeploy.io/v1",\n  "kind": "Cluster",,\n  "password": "CANARY"\n}';
    const error = errorOf(() => parseClusterSpecText(text, 'json'));
    expect(error.issues).toEqual([{ path: 'line 3, column 21', message: 'not valid JSON' }]);
    expect(error.message).not.toContain('CANARY');
  });

  it('does not quote a YAML line holding a secret in its error', () => {
    const error = errorOf(() => parseClusterSpecText('spec:\n  ssh:\n    password: "CANARY\n'));
    expect(error.message).not.toContain('CANARY');
  });

  it('reports validation problems of parsed text by field path', () => {
    const error = errorOf(() => parseClusterSpecText(exampleText('lab-cluster.yaml').replace('10.211.0.13', '10.211.0.300')));
    expect(error.issues).toEqual([{ path: 'spec.hosts[2].address', message: 'not an IPv4 or IPv6 address' }]);
  });

  it('returns errors instead of throwing in the safe variant', () => {
    const result = safeParseClusterSpecText('');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([{ path: '(document)', message: 'expected an object, got null' }]);
  });
});
