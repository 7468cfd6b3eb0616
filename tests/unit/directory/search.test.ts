import { describe, expect, it } from 'vitest';
import { OFFICES } from '@shared/directory/offices';
import { foldText, searchOffices } from '@shared/directory/search';

const codes = (q: string) => searchOffices(OFFICES, q).map((o) => o.code);

describe('directory search', () => {
  it('returns every office for an empty or blank query', () => {
    expect(codes('')).toHaveLength(OFFICES.length);
    expect(codes('   ')).toHaveLength(OFFICES.length);
  });

  it('finds a phone however it is typed', () => {
    expect(codes('299-87-79')).toEqual(['11']);
    expect(codes('2998779')).toEqual(['11']);
    expect(codes('+7 727 299 87 79')).toEqual(['11']);
    expect(codes('8 (727) 299-87-79')).toEqual(['11']);
  });

  it('finds secondary phones and e-mails', () => {
    expect(codes('395-36-40')).toEqual(['11']);
    expect(codes('upr_zan')).toEqual(['00']);
    expect(codes('alatau_zan09')).toEqual(['11']);
  });

  it('finds by address in either language', () => {
    expect(codes('Толе би')).toEqual(['16', '25']);
    expect(codes('Төле би')).toEqual(['16', '25']);
    expect(codes('Зорге 18')).toEqual(['17']);
  });

  it('finds a district by Russian or Kazakh name, folding Kazakh letters', () => {
    expect(codes('Жетісу')).toEqual(['15', '25']);
    expect(codes('жетысу')).toEqual(['15', '25']);
    expect(codes('Ауэзовский')).toEqual(['13', '23']);
  });

  it('finds ЦОН branches by either abbreviation', () => {
    expect(codes('ЦОН')).toEqual(['20', '21', '22', '23', '24', '25', '26', '27']);
    expect(codes('ХҚКО')).toEqual(['20', '21', '22', '23', '24', '25', '26', '27']);
  });

  it('requires every word to match', () => {
    expect(codes('ЦОН Медеу')).toEqual(['26']);
    expect(codes('несуществующий')).toEqual([]);
    expect(codes('ЦОН 999-99-99')).toEqual([]);
  });

  it('folds case, Kazakh letters, ё and punctuation', () => {
    expect(foldText('«Қонаев», ӘҒҚҢӨҰҮҺІ Ёлка')).toBe('конаев агкноуухи елка');
  });
});
