/**
 * Specs as text (a file for the CLI, a YAML body for the gateway). Syntax errors carry a
 * line and column; they never quote the source, which may hold an SSH password.
 */
import { SpecError } from '@kdeploy/errors';
import { LineCounter, parseAllDocuments } from 'yaml';
import { SpecResult, safeParseClusterSpec } from './parse';
import { ClusterSpec } from './schema/cluster';

/** Text formats a spec may be written in. YAML is the default and also reads JSON. */
export type SpecFormat = 'yaml' | 'json';

function at(lineCounter: LineCounter, offset: number): string {
  const { line, col } = lineCounter.linePos(offset);
  return `line ${line}, column ${col}`;
}

function readYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs)) return null; // an empty stream
  const errors = docs.flatMap((d) => d.errors);
  if (errors.length > 0) {
    // yaml's messages name the construct, not the content; the code frame (prettyErrors) is left out.
    throw new SpecError(errors.map((e) => ({ path: at(lineCounter, e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` })));
  }
  if (docs.length > 1) {
    throw new SpecError([{ path: at(lineCounter, docs[1].range[0]), message: 'expected one YAML document, found more' }]);
  }
  return docs.length === 0 ? null : docs[0].toJS({ maxAliasCount: 100 });
}

function offsetToLineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes a piece of the input in its message; only the position is kept.
    const position = /position (\d+)/.exec(String((error as Error).message));
    const where = position ? offsetToLineCol(text, Number(position[1])) : offsetToLineCol(text, text.length);
    throw new SpecError([{ path: where, message: 'not valid JSON' }]);
  }
}

/** Parse spec text (YAML by default) and validate it; throws SpecError. */
export function parseClusterSpecText(text: string, format: SpecFormat = 'yaml'): ClusterSpec {
  const data = format === 'json' ? readJson(text) : readYaml(text);
  const result = safeParseClusterSpec(data);
  if (!result.success) throw result.error;
  return result.spec;
}

/** Like parseClusterSpecText, but returns the error instead of throwing. */
export function safeParseClusterSpecText(text: string, format: SpecFormat = 'yaml'): SpecResult {
  try {
    return { success: true, spec: parseClusterSpecText(text, format) };
  } catch (error) {
    if (error instanceof SpecError) return { success: false, error };
    throw error;
  }
}
