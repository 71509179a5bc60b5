/**
 * Turns zod's issues into `SpecIssue`s: the path as users read it (`spec.hosts[2].address`)
 * and a short message. Messages never repeat the offending value of a field we did not
 * write the message for, so a secret typed into the wrong place is not echoed back.
 */
import type { SpecIssue } from '@kdeploy/errors';
import { z } from 'zod';
import { pathText } from './rules/report';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

const listOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** zod error map used for every parse: plain messages for the generic issue kinds. */
export const specErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${listOf(issue.values)}` : `must be one of ${listOf(issue.values)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${issue.maximum}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    default:
      return undefined;
  }
};

/** One SpecIssue per problem; an unknown-fields issue becomes one issue per field. */
export function toSpecIssues(issues: readonly z.core.$ZodIssue[]): SpecIssue[] {
  const out: SpecIssue[] = [];
  const seen = new Set<string>();
  const add = (path: PropertyKey[], message: string) => {
    const text = pathText(path.map((p) => (typeof p === 'number' ? p : String(p))));
    const key = `${text}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path: text === '' ? '(document)' : text, message });
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], 'unknown field');
    } else if (issue.code === 'invalid_key') {
      // A record key failed its own schema: say why, not zod's generic "Invalid key in record".
      add(issue.path, issue.issues.map((inner) => inner.message).join('; '));
    } else {
      add(issue.path, issue.message);
    }
  }
  return out;
}
