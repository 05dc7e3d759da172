// Turning zod's issues into messages a level designer can act on: what is expected at the
// pointer (read from the JSON Schema: type, range, enum, description) and what the file has
// there, missing and unknown fields (with "did you mean"), and texts missing a language.
import type { z } from 'zod';
import { allowedKeys, isRange, nodeAt, type SchemaNode, textKind, unionKinds } from './json-schema';
import { RENAMED_FIELDS } from './migrate';
import {
  didYouMean,
  LANGUAGES,
  type LevelProblem,
  plural,
  quoteList,
  showValue,
  suggest,
  toPointer,
} from './problems';

type Issue = z.ZodError['issues'][number];

const ID_PATTERN = '^[a-z][a-z0-9-]*$';
const COLOUR_PATTERN = '^#[0-9a-fA-F]{6}$';

function bounded(noun: string, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  if (max !== undefined) return `${noun} of at most ${max}`;
  return noun;
}

/** What a list holds, in the plural: "numbers from 0 to 1", "non-empty texts". */
function many(node: SchemaNode | undefined): string {
  if (!node) return 'items';
  if (node.type === 'integer') return bounded('whole numbers', node.minimum, node.maximum);
  if (node.type === 'number') return bounded('numbers', node.minimum, node.maximum);
  if (node.type === 'string') return node.minLength ? 'non-empty texts' : 'texts';
  if (textKind(node) === 'text') return 'texts in English and Dutch';
  if (node.type === 'object' || node.oneOf) return 'objects';
  return 'items';
}

function count(node: SchemaNode): string {
  const { minItems: min, maxItems: max } = node;
  if (min !== undefined && max !== undefined) return ` (${min} to ${max})`;
  if (min !== undefined && min > 0) return min === 1 ? ' (at least one)' : ` (at least ${min})`;
  if (max !== undefined) return ` (at most ${max})`;
  return '';
}

/** What the schema expects at a node, as a phrase: "a number from 0 to 1". */
export function expected(node: SchemaNode): string {
  if (node.enum) return `one of ${quoteList(node.enum)}`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.oneOf) return `an object with "kind" one of ${quoteList(unionKinds(node))}`;
  switch (node.type) {
    case 'integer':
      return bounded('a whole number', node.minimum, node.maximum);
    case 'number':
      return bounded('a number', node.minimum, node.maximum);
    case 'boolean':
      return 'true or false';
    case 'string':
      if (node.pattern === ID_PATTERN)
        return 'an id of lower case letters, digits and dashes (like "big-fair")';
      if (node.pattern === COLOUR_PATTERN) return 'a colour as #rrggbb (like "#2f7d6d")';
      if (node.pattern) return `a text matching ${node.pattern}`;
      return node.minLength ? 'a non-empty text' : 'a text';
    case 'array':
      return `a list of ${many(node.items)}${count(node)}`;
    case 'object':
      return objectPhrase(node);
  }
  return node.description ?? 'something else';
}

function objectPhrase(node: SchemaNode): string {
  const kind = textKind(node);
  if (kind === 'text') return 'a text in English and Dutch, like {"en": "…", "nl": "…"}';
  if (kind === 'lines') return 'lines in English and Dutch, like {"en": ["…"], "nl": ["…"]}';
  if (isRange(node)) return `a range like {"min": …, "max": …} of ${many(node.properties?.min)}`;
  if (!node.properties && typeof node.additionalProperties === 'object') {
    const key = node.description?.includes('need id') ? 'need id' : 'name';
    return `an object giving ${expected(node.additionalProperties)} for each ${key}`;
  }
  const required = node.required ?? [];
  if (required.length === 0) return 'an object { … }';
  const shown = required.slice(0, 3);
  return `an object with ${quoteList(shown)}${required.length > 3 ? ', …' : ''}`;
}

/** What the file has where a list was too short or too long. */
function gotItems(value: unknown): string {
  if (!Array.isArray(value)) return showValue(value);
  return value.length === 0 ? 'an empty list' : plural(value.length, 'item');
}

function unknownField(key: string, allowed: string[]): string {
  const renamed = RENAMED_FIELDS[key];
  const hint = renamed !== undefined && allowed.includes(renamed) ? renamed : suggest(key, allowed);
  return `unknown field ${JSON.stringify(key)}${didYouMean(hint)}`;
}

/** The problems one zod issue stands for (one per unknown key; otherwise one). */
export function issueProblems(issue: Issue, data: unknown): LevelProblem[] {
  const path = issue.path;
  const { node, parent, value } = nodeAt(path, data);
  if (issue.code === 'unrecognized_keys') {
    const allowed = node ? allowedKeys(node, value) : [];
    return issue.keys.map((k) => ({ pointer: toPointer([...path, k]), message: unknownField(k, allowed) }));
  }
  return [{ pointer: toPointer(path), message: issueMessage(issue, path, node, parent, value, data) }];
}

function issueMessage(
  issue: Issue,
  path: readonly PropertyKey[],
  node: SchemaNode | undefined,
  parent: SchemaNode | undefined,
  value: unknown,
  data: unknown,
): string {
  const key = String(path[path.length - 1] ?? '');
  const language = LANGUAGES[key];
  const kind = textKind(parent);
  if (kind && language) {
    const what = kind === 'text' ? 'text' : 'lines';
    if (value === undefined || value === '') return `missing ${language} ${what} (${key})`;
    if (Array.isArray(value) && value.length === 0)
      return `missing ${language} lines (${key}): give at least one line`;
  }
  if (value === '' && textKind(nodeAt(path.slice(0, -2), data).node) === 'lines') {
    return 'empty line: write the text or remove the line';
  }
  if (value === undefined) {
    const about = node?.description ? ` (${node.description})` : '';
    return `missing required field ${JSON.stringify(key)}${about}`;
  }
  if (!node) return issue.message;
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array') {
    return `expected ${expected(node)}, got ${gotItems(value)}`;
  }
  return `expected ${expected(node)}, got ${showValue(value)}`;
}
