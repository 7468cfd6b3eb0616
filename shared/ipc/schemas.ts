import { z } from 'zod';
import { LANGS } from '../i18n/lang';

// Every argument that crosses from the renderer is untrusted: main parses it with these schemas
// before doing anything, so a compromised page cannot reach the file system with odd input.

/** Largest file or PDF the renderer may hand to main (a 5,000-case registry sheet is far below). */
export const MAX_BYTES = 200 * 1024 * 1024;

/** A byte array in the receiving realm; checked by tag, not instanceof, so it survives structured clone. */
export const bytesSchema = z.custom<Uint8Array>(
  (v) =>
    Object.prototype.toString.call(v) === '[object Uint8Array]' && (v as Uint8Array).byteLength <= MAX_BYTES,
  { message: `expected a Uint8Array of at most ${MAX_BYTES} bytes` },
);

/** C0 controls and DEL: they hide text in dialogs and break file names. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** PDF bytes: main writes them to a .pdf file and opens the system viewer, so the content must be a PDF. */
export const pdfBytesSchema = bytesSchema.refine(
  (b) => PDF_MAGIC.every((byte, i) => b[i] === byte),
  'expected PDF bytes (%PDF- header)',
);

/**
 * A bare file name suggested to a save dialog: no folders, no traversal, no control or
 * Windows-reserved characters, so the renderer can only suggest, never choose, where a file goes.
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|]/.test(s) && !hasControl(s), 'file name has a forbidden character')
  .refine((s) => s !== '.' && s !== '..' && !s.startsWith('..'), 'file name is a traversal')
  .refine((s) => s.trim() === s && !s.endsWith('.'), 'file name has trailing spaces or dots');

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'extension without dot'))
      .min(1)
      .max(10),
  })
  .strict();

const filtersSchema = z.array(fileFilterSchema).max(10);

export const titleSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !hasControl(s), 'title has a control character');

export const langSchema = z.enum(LANGS);

export const fileSaveRequestSchema = z
  .object({ suggestedName: fileNameSchema, bytes: bytesSchema, filters: filtersSchema })
  .strict();

export const fileOpenRequestSchema = z.object({ filters: filtersSchema }).strict();

export const pdfPrintRequestSchema = z.object({ bytes: pdfBytesSchema, title: titleSchema }).strict();

export const pdfSaveRequestSchema = z
  .object({ bytes: pdfBytesSchema, suggestedName: fileNameSchema })
  .strict();

/** Channels without arguments accept nothing at all. */
export const noArgsSchema = z.undefined();

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type FileSaveRequest = z.infer<typeof fileSaveRequestSchema>;
export type FileOpenRequest = z.infer<typeof fileOpenRequestSchema>;
export type PdfPrintRequest = z.infer<typeof pdfPrintRequestSchema>;
export type PdfSaveRequest = z.infer<typeof pdfSaveRequestSchema>;

// Backups (issue 7): the automatic daily backup to a folder the administrator chose, and the
// restore-epoch marker kept in the user-data folder (shared/case-number/restore-epoch.ts).

const BACKUP_MAGIC = [...'ASSBACKUP\n'].map((c) => c.charCodeAt(0));

/** Backup file bytes: main writes them into the backup folder, so they must at least be a backup. */
export const backupBytesSchema = bytesSchema.refine(
  (b) => BACKUP_MAGIC.every((byte, i) => b[i] === byte),
  'expected backup bytes (ASSBACKUP header)',
);

export const backupWriteAutoSchema = z
  .object({ bytes: backupBytesSchema, createdAt: z.number().int().min(0).max(8.64e15) })
  .strict();

export const epochMarkerKeySchema = z
  .object({ officeCode: z.string().regex(/^[0-9]{2}$/), deskCode: z.string().regex(/^[0-9]{2}$/) })
  .strict();

export const epochMarkerRaiseSchema = z
  .object({
    officeCode: z.string().regex(/^[0-9]{2}$/),
    deskCode: z.string().regex(/^[0-9]{2}$/),
    epoch: z.number().int().min(0).max(9),
  })
  .strict();

export type BackupWriteAutoRequest = z.infer<typeof backupWriteAutoSchema>;
export type EpochMarkerKey = z.infer<typeof epochMarkerKeySchema>;
export type EpochMarkerRaise = z.infer<typeof epochMarkerRaiseSchema>;
