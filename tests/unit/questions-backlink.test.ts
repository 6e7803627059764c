import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACK_TARGETS, DEFAULT_BACK, backLinkFor, bankHrefFrom } from '../../src/lib/questions/backLink.ts';
import { EMPTY_STATE, parseState, serializeState } from '../../src/lib/questions/urlState.ts';

const ORIGIN = 'https://gesprekswijzer.example';

describe('back link on /vragen/', () => {
  it('goes to the sheet named in ?terug=', () => {
    expect(backLinkFor('?terug=%2Fvoorbereiden%2Fmedewerker%2F', '', ORIGIN)).toEqual({
      href: '/voorbereiden/medewerker/',
      label: BACK_TARGETS['/voorbereiden/medewerker/'],
    });
    expect(backLinkFor(`?${new URLSearchParams({ terug: '/verslag/' })}`, '', ORIGIN).href).toBe('/verslag/');
  });

  it('falls back to a referrer on the same site', () => {
    expect(backLinkFor('', `${ORIGIN}/voorbereiden/leidinggevende/`, ORIGIN).href).toBe('/voorbereiden/leidinggevende/');
    expect(backLinkFor('', `${ORIGIN}/voorbereiden/leidinggevende`, ORIGIN).href).toBe('/voorbereiden/leidinggevende/');
    expect(backLinkFor('?q=x', `${ORIGIN}/verslag/?doc=1#afspraken`, ORIGIN).href).toBe('/verslag/?doc=1#afspraken');
  });

  it('uses /voorbereiden/ when it does not know where you came from', () => {
    expect(backLinkFor('', '', ORIGIN)).toEqual(DEFAULT_BACK);
    expect(backLinkFor('', `${ORIGIN}/gids/`, ORIGIN)).toEqual(DEFAULT_BACK);
  });

  it('never leads to another site', () => {
    for (const bad of [
      'https://voorbeeld.org/voorbereiden/medewerker/',
      '//voorbeeld.org/voorbereiden/medewerker/',
      '/\\voorbeeld.org/voorbereiden/medewerker/',
      'javascript:alert(1)',
      'voorbereiden/medewerker/',
    ]) {
      expect(backLinkFor(`?${new URLSearchParams({ terug: bad })}`, `${ORIGIN}/voorbereiden/medewerker/`, ORIGIN), bad).toEqual(DEFAULT_BACK);
    }
    expect(backLinkFor('', 'https://voorbeeld.org/voorbereiden/medewerker/', ORIGIN)).toEqual(DEFAULT_BACK);
    fc.assert(
      fc.property(fc.string(), fc.string(), (terug, referrer) => {
        const { href } = backLinkFor(`?${new URLSearchParams({ terug })}`, referrer, ORIGIN);
        expect(new URL(href, ORIGIN).origin).toBe(ORIGIN);
        expect(href.startsWith('/') && !href.startsWith('//')).toBe(true);
      }),
    );
  });

  it('makes the link a sheet can use, which round-trips', () => {
    const href = bankHrefFrom('/voorbereiden/medewerker/');
    expect(href).toBe('/vragen/?terug=%2Fvoorbereiden%2Fmedewerker%2F');
    expect(backLinkFor(new URL(href, ORIGIN).search, '', ORIGIN).href).toBe('/voorbereiden/medewerker/');
  });
});

describe('filters keep the back link in the address', () => {
  it('passes ?terug= on when the filters change', () => {
    const current = '?terug=%2Fverslag%2F&rol=medewerker';
    const next = serializeState({ ...parseState(current), thema: 'loopbaan' }, current);
    expect(new URLSearchParams(next).get('terug')).toBe('/verslag/');
    expect(parseState(next)).toEqual({ ...EMPTY_STATE, rol: 'medewerker', thema: 'loopbaan' });
    expect(serializeState(EMPTY_STATE, current)).toBe('?terug=%2Fverslag%2F');
    expect(serializeState(EMPTY_STATE, '?foo=1')).toBe('');
  });
});
