/**
 * The result documents built from what the case's audit recorded: the notice of missing documents
 * (the package's receipt at the district office), the referral (the same-visit form), the notice of
 * refusal to accept (the request for originals) and the survey-refusal protocol.
 */
import { officeByCode } from '@shared/directory/offices';
import type { DocumentKind } from '@shared/lifecycle';
import { toAlmatyDate } from '@shared/time/almaty';
import { caseAuditAction } from '@shared/workflow/step';
import { loadRules } from '../rules/rules';
import { printOffice } from '../print/caseDocuments';
import {
  applicantName,
  limitEnd,
  originalsLimit,
  PROTOCOL_MEMBER_LINES,
  userName,
  type ReferralFacts,
  type ResultJob,
} from './resultData';

/** The document's bytes, 'missing-data' when the audit lacks what it needs, null for another kind. */
export async function buildAuditedResult(
  kind: DocumentKind,
  job: ResultJob,
): Promise<Uint8Array | 'missing-data' | null> {
  const { db, row, events, catalogue, service, date, words, base, applicant, results, ctx } = job;
  const state = row.state;
  let bytes: Uint8Array;
  switch (kind) {
    case 'missing-documents-notice': {
      const center = officeByCode(row.intake.acceptingOfficeCode);
      if (!center || !state.missingDocuments?.length) return 'missing-data';
      // The limit counts from the package's receipt at the district office (its recorded step).
      const received = events.filter((e) => e.action === caseAuditAction('receive-at-district')).pop()?.at;
      const receivedOn = toAlmatyDate(received ?? state.statusSince);
      const step = results.returnStepOf(service);
      const { calendar } = await loadRules(db);
      const returnBy = limitEnd(calendar, receivedOn, step.limit.term);
      if (!returnBy) return 'missing-data';
      bytes = await results.buildMissingDocumentsNotice(
        {
          ...base,
          service,
          center: { name: center.name, address: center.address },
          applicant: applicantName(row),
          acceptedOn: toAlmatyDate(row.intake.acceptedAt),
          receivedOn,
          returnBy,
          missing: state.missingDocuments.map((document) => ({ document, reason: words.notSubmitted })),
        },
        ctx,
      );
      break;
    }
    case 'referral': {
      const issued = events.filter((e) => e.action === caseAuditAction('issue-same-visit')).pop();
      const r = issued?.details?.referral as ReferralFacts | undefined;
      const subType = row.intake.subType ?? '';
      if (!r?.organisation || !(results.REFERRAL_SUBTYPES as readonly string[]).includes(subType))
        return 'missing-data';
      const needs = results.referralNeedsRegistration(service, subType);
      if (needs && !(r.unemployedNumber && r.unemployedSince)) return 'missing-data';
      bytes = await results.buildReferral(
        {
          ...base,
          service,
          subType: subType as (typeof results.REFERRAL_SUBTYPES)[number],
          person: {
            name: applicantName(row),
            ...(row.intake.applicant.iin ? { iin: row.intake.applicant.iin } : {}),
            ...(row.intake.applicant.birthDate ? { birthDate: row.intake.applicant.birthDate } : {}),
          },
          organisation: { name: r.organisation, ...(r.address ? { address: r.address } : {}) },
          ...(needs
            ? { unemployedRegistration: { since: r.unemployedSince!, number: r.unemployedNumber! } }
            : {}),
          ...(r.position ? { position: r.position } : {}),
        },
        ctx,
      );
      break;
    }
    case 'refusal-to-accept-notice': {
      const accepting = officeByCode(row.intake.acceptingOfficeCode);
      const requested = events.filter((e) => e.action === caseAuditAction('request-originals')).pop();
      const refused = events.filter((e) => e.action === caseAuditAction('refuse-acceptance')).pop();
      if (!accepting || !requested) return 'missing-data';
      const requestedOn = toAlmatyDate(requested.at);
      const { calendar } = await loadRules(db);
      const limit = originalsLimit(catalogue, row);
      const dueBy = limit && limitEnd(calendar, requestedOn, limit);
      if (!dueBy) return 'missing-data';
      bytes = await results.buildRefusalToAcceptNotice(
        {
          ...applicant,
          office: printOffice(accepting),
          date: refused ? toAlmatyDate(refused.at) : date,
          signer: {
            position: row.channel === 'center' ? words.centerInspector : words.districtSpecialist,
            name: await userName(db, refused?.userId ?? state.updatedBy),
          },
          requestedOn,
          dueBy,
          ...(state.closingReason ? { reason: state.closingReason } : {}),
        },
        ctx,
      );
      break;
    }
    case 'survey-refusal-protocol': {
      const recorded = events.filter((e) => e.action === caseAuditAction('record-survey-refusal')).pop();
      if (!recorded) return 'missing-data';
      const protocol = recorded.details?.protocol;
      bytes = await results.buildSurveyRefusalProtocol(
        {
          ...applicant,
          date: toAlmatyDate(recorded.at),
          signer: { position: '', name: await userName(db, recorded.userId) },
          refusedOn: toAlmatyDate(recorded.at),
          ...(typeof protocol === 'string' && protocol ? { protocolNumber: protocol } : {}),
          members: Array.from({ length: PROTOCOL_MEMBER_LINES }, () => null),
        },
        ctx,
      );
      break;
    }
    default:
      return null;
  }
  return bytes;
}
