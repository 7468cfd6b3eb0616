/** Event names. Payload shapes are in `CaseEvent`; each is checked at run time too (payload.ts). */
export const EVENT_TYPES = [
  'request-originals',
  'originals-received',
  'refuse-acceptance',
  'add-to-registry',
  'remove-from-registry',
  'dispatch',
  'receive-at-district',
  'return-incomplete',
  'receive-returned',
  'register',
  'pass-to-head',
  'assign',
  'send-to-commission',
  'record-survey-refusal',
  'submit-conclusion',
  'submit-draft',
  'return-draft',
  'decide',
  'sign-result',
  'send-result-to-center',
  'import-result',
  'scan-result-paper',
  'issue',
  'issue-same-visit',
  'request-payment',
  'send-to-treasury',
  'correct',
  'withdraw',
  'cancel',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

export type DeliveryMethod = 'in-person' | 'post' | 'center';
export type Outcome = 'approved' | 'refused';

export type CaseEvent =
  | { type: 'request-originals' }
  | { type: 'originals-received' }
  | { type: 'refuse-acceptance'; reason: string }
  | { type: 'add-to-registry'; registryId?: string }
  | { type: 'remove-from-registry' }
  | { type: 'dispatch' }
  | { type: 'receive-at-district' }
  | { type: 'return-incomplete'; missingDocuments: string[]; note?: string }
  | { type: 'receive-returned' }
  | { type: 'register'; journalNumber?: string }
  | { type: 'pass-to-head' }
  | { type: 'assign'; assigneeUserId?: string }
  | { type: 'send-to-commission' }
  | { type: 'record-survey-refusal' }
  | { type: 'submit-conclusion'; conclusion: 'need' | 'no-need' }
  | { type: 'submit-draft' }
  | { type: 'return-draft'; reason: string }
  | { type: 'decide'; outcome: Outcome; grounds?: string[]; amount?: number; periodMonths?: number }
  | { type: 'sign-result' }
  | { type: 'send-result-to-center' }
  | { type: 'import-result' }
  | { type: 'scan-result-paper' }
  | { type: 'issue'; delivery: DeliveryMethod }
  | { type: 'issue-same-visit'; outcome: 'issued' | 'refused' | 'consultation'; grounds?: string[] }
  | { type: 'request-payment' }
  | { type: 'send-to-treasury' }
  | { type: 'correct'; reason: string; fields: string[] }
  | { type: 'withdraw'; reason: string }
  | { type: 'cancel'; reason: string };

export type EventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
