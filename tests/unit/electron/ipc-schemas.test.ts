import { describe, expect, it } from 'vitest';
import {
  bytesSchema,
  fileNameSchema,
  fileSaveRequestSchema,
  MAX_BYTES,
  pdfBytesSchema,
  titleSchema,
} from '@shared/ipc/schemas';
import { PDF_BYTES } from './fakes';

describe('IPC argument schemas', () => {
  it.each(['реестр 2026-03.json', 'Талон №12.pdf', 'a.b.c', 'ЖСН_950615300000.pdf'])(
    'accept the file name %j',
    (n) => expect(fileNameSchema.safeParse(n).success).toBe(true),
  );

  it.each([
    '',
    '.',
    '..',
    '../x.json',
    '..\\x.json',
    'dir/x.json',
    'C:\\x.json',
    'C:x.json',
    'x\u0000.pdf',
    'x\n.pdf',
    'x.pdf ',
    'x.pdf.',
    'a*b.pdf',
    'x'.repeat(201),
  ])('refuse the file name %j', (n) => expect(fileNameSchema.safeParse(n).success).toBe(false));

  it('accept only real byte arrays within the limit', () => {
    expect(bytesSchema.safeParse(new Uint8Array(3)).success).toBe(true);
    expect(bytesSchema.safeParse(new Uint16Array(3)).success).toBe(false);
    expect(bytesSchema.safeParse(new Uint8Array(3).buffer).success).toBe(false);
    expect(bytesSchema.safeParse([1, 2, 3]).success).toBe(false);
    expect(bytesSchema.safeParse({ byteLength: 1, 0: 1 }).success).toBe(false);
    expect(bytesSchema.safeParse(new Uint8Array(MAX_BYTES + 1)).success).toBe(false);
  });

  it('accept as PDF only bytes that start with %PDF-', () => {
    expect(pdfBytesSchema.safeParse(PDF_BYTES).success).toBe(true);
    expect(pdfBytesSchema.safeParse(new TextEncoder().encode('<html>%PDF-')).success).toBe(false);
    expect(pdfBytesSchema.safeParse(new TextEncoder().encode('%PDF')).success).toBe(false);
  });

  it('refuse titles with control characters', () => {
    expect(titleSchema.safeParse('Квитанция').success).toBe(true);
    expect(titleSchema.safeParse('a\u0007b').success).toBe(false);
  });

  it('refuse unknown keys so nothing extra reaches main', () => {
    const ok = { suggestedName: 'a.json', bytes: new Uint8Array(1), filters: [] };
    expect(fileSaveRequestSchema.safeParse(ok).success).toBe(true);
    expect(fileSaveRequestSchema.safeParse({ ...ok, defaultPath: '/etc' }).success).toBe(false);
  });
});
