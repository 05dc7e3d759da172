// The JSON Schema of a level file, generated from the zod schema (draft-07, the input side:
// defaults may be left out), as written to levels/level.schema.json for editors; and a walk
// of that schema alongside a level's data, which the message writer and the reference checks
// use to learn what is expected at a JSON pointer (type, range, enum, description). Every
// number carries hover text for editors (unit, default, range).
import { z } from 'zod';
import { LevelSchema, SCHEMA_VERSION } from './schema';

/** The part of a JSON Schema node this module reads. */
export interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  pattern?: string;
  default?: unknown;
}

/** The JSON Schema document written to levels/level.schema.json. */
export function levelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LevelSchema, { target: 'draft-07', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  addHoverText(rest);
  return {
    $schema,
    $comment: `Generated from src/levels/schema.ts by \`npm run levels:schema\` (schemaVersion ${SCHEMA_VERSION}); do not edit by hand.`,
    title: 'The Listening Booth level',
    ...rest,
  };
}

/** What a number is measured in, read from how the schema describes and bounds it. */
function unitOf(node: Record<string, unknown>): string {
  const description = String(node.description ?? '');
  if (/In cents\.$/.test(description)) return 'cents (100 = €1)';
  if (node.minimum === 0 && node.maximum === 1) return 'a fraction from 0 to 1';
  return node.type === 'integer' ? 'a whole number' : 'a number';
}

const shown = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

/**
 * Editor help: every number gets a markdownDescription (what VS Code shows on hover and in
 * completion) with its description, unit, default and range, all taken from the schema.
 */
function addHoverText(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) addHoverText(child);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Record<string, unknown>;
  if ((n.type === 'number' || n.type === 'integer') && typeof n.description === 'string') {
    const facts = [`**Unit:** ${unitOf(n)}`];
    if (n.default !== undefined) facts.push(`**Default:** ${shown(n.default)}`);
    if (n.minimum !== undefined || n.maximum !== undefined)
      facts.push(`**Range:** ${shown(n.minimum ?? '−∞')} to ${shown(n.maximum ?? '∞')}`);
    n.markdownDescription = `${n.description}\n\n${facts.join(' · ')}`;
  }
  for (const child of Object.values(n)) addHoverText(child);
}

/** The exact text of levels/level.schema.json: two-space indent, trailing newline. */
export function renderLevelJsonSchema(): string {
  return `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
}

let root: SchemaNode | undefined;

/** The root node of the level schema (generated once). */
export function levelSchemaRoot(): SchemaNode {
  root ??= levelJsonSchema() as SchemaNode;
  return root;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The `kind` values of a discriminated union (claims). */
export function unionKinds(node: SchemaNode): string[] {
  return (node.oneOf ?? []).map((o) => o.properties?.kind?.const).filter((k) => typeof k === 'string');
}

/** The option of a union that `value` selects by its `kind`, if any. */
function unionOption(node: SchemaNode, value: unknown): SchemaNode | undefined {
  if (!node.oneOf) return undefined;
  const kind = isObject(value) ? value.kind : undefined;
  return node.oneOf.find((o) => o.properties?.kind?.const === kind);
}

/** The schema of `key` inside a value described by `node` (undefined when not allowed). */
export function childNode(node: SchemaNode, key: string, value: unknown): SchemaNode | undefined {
  if (node.oneOf) {
    const option = unionOption(node, value);
    if (option) return childNode(option, key, value);
    if (key === 'kind')
      return { type: 'string', enum: unionKinds(node), description: 'What kind of claim this is.' };
    return undefined;
  }
  if (node.type === 'array') return /^\d+$/.test(key) ? node.items : undefined;
  if (node.properties && key in node.properties) return node.properties[key];
  if (typeof node.additionalProperties === 'object') return node.additionalProperties;
  return undefined;
}

/** The node and value at a path, with the parent node (undefined where the path leaves the schema). */
export function nodeAt(
  path: readonly PropertyKey[],
  data: unknown,
): { node: SchemaNode | undefined; parent: SchemaNode | undefined; value: unknown } {
  let node: SchemaNode | undefined = levelSchemaRoot();
  let parent: SchemaNode | undefined;
  let value = data;
  for (const k of path) {
    const key = String(k);
    parent = node;
    node = node ? childNode(node, key, value) : undefined;
    value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return { node, parent, value };
}

/** The keys an object node allows (for "did you mean"). */
export function allowedKeys(node: SchemaNode, value: unknown): string[] {
  const option = node.oneOf ? unionOption(node, value) : node;
  return Object.keys(option?.properties ?? {});
}

/** `text` for an {en, nl} text, `lines` for {en: [...], nl: [...]}, else undefined. */
export function textKind(node: SchemaNode | undefined): 'text' | 'lines' | undefined {
  const p = node?.properties;
  if (!p || Object.keys(p).length !== 2 || !p.en || !p.nl) return undefined;
  if (p.en.type === 'string') return 'text';
  if (p.en.type === 'array') return 'lines';
  return undefined;
}

/** Whether a node is a {min, max} range of numbers. */
export function isRange(node: SchemaNode | undefined): boolean {
  const p = node?.properties;
  return !!p && Object.keys(p).length === 2 && p.min?.type === 'number' && p.max?.type === 'number';
}

/** Calls `visit` on every value of `data` that the schema describes, depth first. */
export function walk(
  data: unknown,
  visit: (node: SchemaNode, value: unknown, path: PropertyKey[]) => void,
  node: SchemaNode = levelSchemaRoot(),
  path: PropertyKey[] = [],
): void {
  visit(node, data, path);
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      const child = childNode(node, String(i), data);
      if (child) walk(item, visit, child, [...path, i]);
    });
  } else if (isObject(data)) {
    for (const [key, item] of Object.entries(data)) {
      const child = childNode(node, key, data);
      if (child) walk(item, visit, child, [...path, key]);
    }
  }
}
