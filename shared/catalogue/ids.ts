/** Service ids as in the digest (section 2). */
export const SERVICE_IDS = [
  'housing-assistance',
  'maslikhat-social-aid',
  'employment-referral',
  'targeted-social-assistance',
  'asp-recipient-certificate',
  'disability-sanatorium',
  'disability-wheelchair',
  'disability-assistant-sign-language',
  'child-benefit-under-18',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** Where an application is filed: a district office, or a ЦОН (Center). */
export const CHANNELS = ['district', 'center'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (SERVICE_IDS as readonly string[]).includes(value);
}
