import { describe, expect, it } from 'vitest';
import { CITY_DISTRICT_LIST, DISTRICT_NAMES, districtName } from '@shared/directory/districts';
import { CITY_DISTRICTS } from '@shared/directory/types';

describe('city districts for address forms (digest 5.2)', () => {
  it('lists the seven districts in the regulations order', () => {
    expect(CITY_DISTRICT_LIST.map((d) => d.id)).toEqual([...CITY_DISTRICTS]);
    expect(CITY_DISTRICT_LIST).toHaveLength(7);
  });

  it('names each district in Russian («…ский район») and Kazakh («… ауданы»)', () => {
    for (const d of CITY_DISTRICTS) {
      const n = DISTRICT_NAMES[d];
      expect(n.name.ru, d).toMatch(/ский район$/);
      expect(n.name.kk, d).toMatch(/ ауданы$/);
      expect(n.genitive.ru, d).toMatch(/ского района$/);
      expect(n.genitive.kk, d).toMatch(/ ауданының$/);
      expect(n.name.ru.startsWith(n.adjective.ru), d).toBe(true);
      expect(n.name.kk.startsWith(n.adjective.kk), d).toBe(true);
    }
    expect(districtName('alatau')).toEqual({ ru: 'Алатауский район', kk: 'Алатау ауданы' });
    expect(districtName('auezov').kk).toBe('Әуезов ауданы');
    expect(districtName('zhetysu').kk).toBe('Жетісу ауданы');
  });

  it('has seven different names in each language', () => {
    expect(new Set(CITY_DISTRICT_LIST.map((d) => d.name.ru)).size).toBe(7);
    expect(new Set(CITY_DISTRICT_LIST.map((d) => d.name.kk)).size).toBe(7);
  });
});
