/**
 * Wording that must follow the regulation text (issue 14, defect 5), checked against the decree
 * itself (docs/regulations/almaty-decree-2012-4-1050.txt) so a paraphrase cannot drift again.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@shared/catalogue';

const cat = defaultCatalogue();
const ground = (id: 'housing-assistance' | 'targeted-social-assistance', n: string) =>
  cat.services[id].grounds.refusal.find((g) => g.number === n)!.text;

describe('refusal grounds as the regulation words them', () => {
  it('3.4 §12 item 2: disabled persons AND persons in in-patient treatment are exempt', () => {
    const { ru, kk } = ground('targeted-social-assistance', '2');
    expect(ru).toContain('кроме инвалидов и лиц в период их нахождения на стационарном лечении');
    expect(ru).not.toContain('инвалидов, находящихся на стационарном');
    expect(ru).toContain('студентов');
    expect(kk).toContain('мүгедектерді, 1 айдан астам стационарлық емделудегілерді');
  });
  it('3.1 §13 item 2: carers of group I and II disabled persons recognised as needing care', () => {
    expect(ground('housing-assistance', '2').ru).toContain('признанными нуждающимися в уходе');
    expect(ground('housing-assistance', '2').kk).toContain('күтімге мұқтаж деп танылған');
  });
  it('3.1 §13 item 4: a claim for the recovery of alimony, not an application', () => {
    const { ru, kk } = ground('housing-assistance', '4');
    expect(ru).toContain('иск о взыскании алиментов');
    expect(ru).not.toContain('заявление на алименты');
    expect(kk).toContain('талап арыз');
  });
  it('3.1 §3 names no status: refugees may apply for housing assistance', () => {
    expect(cat.services['housing-assistance'].eligibleStatuses).toContain('refugee');
  });
});
