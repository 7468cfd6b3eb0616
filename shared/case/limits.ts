/**
 * What a schema says about one field, read from the schema itself so a form enforces the same limits
 * as the check at registration and at registry import, without copying numbers (issue 16, item 4).
 */
import { z } from 'zod';

/** The field's own schema at a dotted path (`applicant.identity.number`, `family.0.name`), or null. */
export function fieldSchemaAt(schema: z.ZodType, path: string): z.ZodType | null {
  let node: z.ZodType | undefined = schema;
  for (const segment of path.split('.')) {
    node = node && unwrap(node);
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[segment];
    else if (node instanceof z.ZodArray && /^\d+$/.test(segment)) node = node.element as z.ZodType;
    else return null;
  }
  return node ?? null;
}

function unwrap(node: z.ZodType): z.ZodType {
  let n = node;
  while (n instanceof z.ZodDefault || n instanceof z.ZodNullable || n instanceof z.ZodOptional)
    n = n.unwrap() as z.ZodType;
  return n;
}

/** The longest string the schema accepts at the path; null when it states none or is no string. */
export function maxLengthAt(schema: z.ZodType, path: string): number | null {
  const node = fieldSchemaAt(schema, path);
  const leaf = node && unwrap(node);
  return leaf instanceof z.ZodString ? leaf.maxLength : null;
}

/**
 * Why the schema refuses a non-empty value at the path: `too-long` with the limit, `invalid` for any
 * other rule (characters, format), null when it is accepted or the path is unknown.
 */
export function fieldProblem(
  schema: z.ZodType,
  path: string,
  value: string,
): { code: 'too-long'; max: number } | { code: 'invalid' } | null {
  const node = fieldSchemaAt(schema, path);
  if (!node || value.trim() === '') return null;
  const max = maxLengthAt(schema, path);
  if (max !== null && value.trim().length > max) return { code: 'too-long', max };
  return node.safeParse(value).success ? null : { code: 'invalid' };
}
