/**
 * A complaint in the journal of appeals (digest 3.1 §§21-26): who filed it and how, what it is about,
 * who accepted it, its term, and the review to a written answer. A zod schema, because the same
 * shape comes back from drafts and backups and is validated before it is stored.
 */
import { z } from 'zod';
import { complaintTermRuleSchema } from './term';

/** §25: by hand at the office, or by post. */
export const COMPLAINT_CHANNELS = ['hand', 'post'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** §22: disagreement with the result (head of the Управление); §23: service by a ЦОН employee (head of the ЦОН). */
export const COMPLAINT_KINDS = ['result', 'service'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_STATUSES = ['registered', 'in-review', 'reviewed', 'answered', 'withdrawn'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_OUTCOMES = ['satisfied', 'partly', 'refused'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

const text = (max = 200) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const complainantSchema = z.object({
  /** '' for a person without an IIN (some foreigners); `noIin` says it was left out on purpose. */
  iin: z.string().regex(/^(\d{12})?$/),
  noIin: z.boolean(),
  surname: text(100).min(1),
  name: text(100).default(''),
  patronymic: text(100).default(''),
  /** Postal address: the answer goes by post (§26). Required for a complaint by post. */
  address: text(300).default(''),
  phone: text(30).default(''),
});
export type Complainant = z.infer<typeof complainantSchema>;

/** What the registration form supplies (validated by validate.ts first). */
export const complaintDataSchema = z.object({
  channel: z.enum(COMPLAINT_CHANNELS),
  kind: z.enum(COMPLAINT_KINDS),
  complainant: complainantSchema,
  /** The case it concerns (14 digits), '' when none. */
  caseId: z.string().regex(/^(\d{14})?$/),
  /** The employee concerned (§23), '' when not named. */
  employee: text(200).default(''),
  summary: text(2000).min(1),
  /** Attachments listed on paper: number of sheets. */
  attachmentSheets: z.number().int().min(0).max(999),
});
export type ComplaintData = z.infer<typeof complaintDataSchema>;

export const complaintSchema = complaintDataSchema.extend({
  id: z.string().regex(/^\d{13}$/),
  officeCode: z.string().regex(/^\d{2}$/),
  registeredAt: z.number().int(),
  registeredOn: isoDate,
  acceptedBy: z.object({ userId: z.string(), fullName: text(200) }),
  term: complaintTermRuleSchema,
  dueDate: isoDate,
  status: z.enum(COMPLAINT_STATUSES),
  responsible: z.object({ name: text(200).min(1), assignedAt: z.number().int() }).optional(),
  review: z
    .object({
      findings: text(4000).min(1),
      outcome: z.enum(COMPLAINT_OUTCOMES),
      reasons: text(4000).default(''),
      reviewedAt: z.number().int(),
    })
    .optional(),
  answer: z
    .object({ outgoingNumber: text(40).min(1), postedOn: isoDate, recordedAt: z.number().int() })
    .optional(),
  withdrawal: z.object({ reason: text(1000).min(1), at: z.number().int() }).optional(),
});
export type Complaint = z.infer<typeof complaintSchema>;

/** The complaint is still waiting for its answer (its term runs). */
export function isOpenComplaint(c: Pick<Complaint, 'status'>): boolean {
  return c.status !== 'answered' && c.status !== 'withdrawn';
}
