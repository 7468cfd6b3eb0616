import { describe, expect, it } from 'vitest';
import { parseHash, routeHash } from '@renderer/app/routing';

describe('hash routes', () => {
  it('parses area and tab', () => {
    expect(parseHash('')).toEqual({ area: null, sub: null });
    expect(parseHash('#/intake')).toEqual({ area: 'intake', sub: null });
    expect(parseHash('#/settings/users')).toEqual({ area: 'settings', sub: 'users' });
    expect(parseHash('#settings//security/')).toEqual({ area: 'settings', sub: 'security' });
  });
  it('builds hashes', () => {
    expect(routeHash('journal')).toBe('#/journal');
    expect(routeHash('settings', 'formats')).toBe('#/settings/formats');
  });
});
