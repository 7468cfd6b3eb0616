/** The shipped defaults: the nine regulations of decree 4/1050 as written (digest section 3). */
import type { ServiceId } from './ids';
import type { Catalogue, ServiceDef } from './types';
import { housingAssistance } from './services/housing-assistance';
import { maslikhatSocialAid } from './services/maslikhat-social-aid';
import { employmentReferral } from './services/employment-referral';
import { targetedSocialAssistance } from './services/targeted-social-assistance';
import { aspRecipientCertificate } from './services/asp-recipient-certificate';
import { disabilitySanatorium } from './services/disability-sanatorium';
import { disabilityWheelchair } from './services/disability-wheelchair';
import { disabilityAssistantSignLanguage } from './services/disability-assistant-sign-language';
import { childBenefitUnder18 } from './services/child-benefit-under-18';

/** Bump when the shipped data changes, so cases keep telling which defaults they were accepted under. */
export const BASE_RULES_VERSION = 'decree-2012-4-1050.v1';

const SERVICES: Record<ServiceId, ServiceDef> = {
  'housing-assistance': housingAssistance,
  'maslikhat-social-aid': maslikhatSocialAid,
  'employment-referral': employmentReferral,
  'targeted-social-assistance': targetedSocialAssistance,
  'asp-recipient-certificate': aspRecipientCertificate,
  'disability-sanatorium': disabilitySanatorium,
  'disability-wheelchair': disabilityWheelchair,
  'disability-assistant-sign-language': disabilityAssistantSignLanguage,
  'child-benefit-under-18': childBenefitUnder18,
};

/** A fresh deep copy each call: callers may not mutate the shipped data through it. */
export function defaultCatalogue(): Catalogue {
  return JSON.parse(JSON.stringify({ rulesVersion: BASE_RULES_VERSION, services: SERVICES })) as Catalogue;
}
