import { describe, expect, it } from 'vitest';
import { requiredBy } from '@shared/catalogue/cite';

describe('requiredBy: a catalogue source as a citizen reads the regulation', () => {
  it('paragraph and sub-item', () => {
    expect(requiredBy('3.1 §17 item 6')).toEqual({
      ru: 'подпунктом 6) пункта 17 регламента государственной услуги',
      kk: 'мемлекеттік көрсетілетін қызмет регламентінің 17-тармағының 6) тармақшасы бойынша',
    });
  });
  it('a dotted paragraph is a sub-item of the paragraph', () => {
    expect(requiredBy('3.9 §11.2')?.ru).toBe('подпунктом 2) пункта 11 регламента государственной услуги');
  });
  it('a paragraph alone, whatever follows it', () => {
    expect(requiredBy('3.9 §13 (introductory sentence)')).toEqual({
      ru: 'пунктом 13 регламента государственной услуги',
      kk: 'мемлекеттік көрсетілетін қызмет регламентінің 13-тармағы бойынша',
    });
    expect(requiredBy('3.7 §14 representation')?.ru).toBe('пунктом 14 регламента государственной услуги');
  });
  it('no paragraph, no citation', () => {
    expect(requiredBy('6.1 representatives')).toBeNull();
    expect(requiredBy('3.9')).toBeNull();
  });
});
