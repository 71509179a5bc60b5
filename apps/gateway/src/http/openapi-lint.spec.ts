import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@kdeploy/testing';
import { openApiDocument } from './openapi';

jest.setTimeout(60_000);

// Generated clients and docs tools read this document: it must pass Redocly's recommended
// rules (operationIds, security on every operation, a 4XX per operation, a license) cleanly.
describe('the OpenAPI document', () => {
  it('passes `redocly lint` (recommended rules) with no error and no warning', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kd-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument()));
    const r = spawnSync(join(repoRoot(), 'node_modules', '.bin', 'redocly'), ['lint', '--format=json', file], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    const report = JSON.parse(r.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
