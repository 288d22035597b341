import { z } from 'zod';

export type IssuePath = readonly (string | number)[];
export interface FieldIssue {
  path: IssuePath;
  /** A sentence fragment that follows the field's place: "must not be negative (got -1)". */
  message: string;
}
export type Validation<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : typeof input;
}

function invalidType(expected: string, input: unknown): string {
  if (input === undefined) return 'is required';
  if (typeof input === 'number' && (expected === 'number' || expected === 'int')) {
    if (!Number.isFinite(input)) return `must be a finite number (got ${input})`;
    if (Number.isInteger(input)) return `is too large (got ${input})`;
    return `must be a whole number (got ${input})`;
  }
  return `must be ${NOUNS[expected] ?? expected} (got ${describeInput(input)})`;
}

function lengthOf(input: unknown): number | null {
  return typeof input === 'string' || Array.isArray(input) ? input.length : null;
}

/** Messages for zod's built-in checks; messages set on a schema's own refinements win over these. */
export const shipperErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue.expected, issue.input);
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return min === 1 ? 'must have at least one entry' : `must have at least ${min} entries`;
      return `${issue.inclusive ? 'must be at least' : 'must be greater than'} ${min} (got ${describeInput(issue.input)})`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const length = lengthOf(issue.input);
      if (issue.origin === 'string') return `must be at most ${max} characters (got ${length})`;
      if (issue.origin === 'array') return `must have at most ${max} entries (got ${length})`;
      return `${issue.inclusive ? 'must be at most' : 'must be less than'} ${max} (got ${describeInput(issue.input)})`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')} (got ${describeInput(issue.input)})`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be a date-time with a time zone, e.g. 2024-05-01T09:00:00Z'
        : `is not a valid ${issue.format}`;
    default:
      return undefined;
  }
};

/** One FieldIssue per problem; an unknown-keys issue becomes one per key, placed at that key. */
function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: [...path, key], message: `unknown field "${key}" is not allowed` });
      }
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** Parses with zod; on failure, parses again with the shipper's messages (the common valid case stays fast). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const explained = schema.safeParse(input, { error: shipperErrorMap });
  return { ok: false, issues: toFieldIssues((explained.error ?? result.error).issues) };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ['packages', 0, 'insuredValue', 'unit'] → "packages[0].insuredValue.unit". */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
