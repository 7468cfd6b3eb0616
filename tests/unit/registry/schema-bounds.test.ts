/**
 * Issue 10, defect 6: every string, array and map a registry part can carry has a maximum, so a
 * trusted but hostile sender cannot store a case of any size. Walks the zod schemas themselves, so
 * a field added later without a maximum fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PART_SCHEMAS } from '@renderer/registry/parts';

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const checks = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);
/** An anchored pattern without open repetition (`*`, `+`, `{n,}`) bounds the length by itself. */
const boundedPattern = (p: RegExp) =>
  p.source.startsWith('^') && !/[*+]|\{\d+,\}/.test(p.source.replace(/\\./g, ''));

function unbounded(schema: z.ZodType, path: string, out: string[]): void {
  const d = def(schema);
  switch (d.type) {
    case 'string': {
      const c = checks(d);
      const ok =
        c.some((x) => x.check === 'max_length') ||
        c.some((x) => x.format === 'regex' && x.pattern && boundedPattern(x.pattern));
      if (!ok) out.push(path);
      return;
    }
    case 'array':
      if (!checks(d).some((x) => x.check === 'max_length')) out.push(path);
      unbounded(d.element!, `${path}[]`, out);
      return;
    case 'record':
      // Enum keys bound the entries; string keys need a custom count check.
      if (def(d.keyType!).type !== 'enum' && !checks(d).some((x) => x.check === 'custom'))
        out.push(`${path}{}`);
      unbounded(d.keyType!, `${path}{key}`, out);
      unbounded(d.valueType!, `${path}{value}`, out);
      return;
    case 'object':
      for (const [k, v] of Object.entries(d.shape!)) unbounded(v, path ? `${path}.${k}` : k, out);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      unbounded(d.innerType!, path, out);
      return;
    case 'pipe':
      unbounded(d.in!, path, out);
      return;
    case 'union':
      d.options!.forEach((o) => unbounded(o, path, out));
      return;
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
      return;
    default:
      out.push(`${path} (${d.type}: unknown to this test)`);
  }
}

describe('registry part schemas are bounded', () => {
  it.each(Object.keys(PART_SCHEMAS))('every string, list and map of the %s part has a maximum', (part) => {
    const out: string[] = [];
    unbounded(PART_SCHEMAS[part]!, '', out);
    expect(out).toEqual([]);
  });

  it('the walker notices an unbounded field (so the test above can fail)', async () => {
    const { z } = await import('zod');
    const out: string[] = [];
    unbounded(
      z.object({
        a: z.string(),
        b: z.array(z.string().max(3)),
        c: z.record(z.string().max(3), z.string().max(3)),
      }),
      '',
      out,
    );
    expect(out).toEqual(['a', 'b', 'c{}']);
  });
});
