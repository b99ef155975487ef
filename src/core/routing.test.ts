import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillPattern, formatAddress, historyDelta, matchAddress, parseAddress, positionOf } from './routing';

const routes = [
  { path: '/', name: 'home' },
  { path: '/browse', name: 'browse' },
  { path: '/questions/:id', name: 'question' },
  { path: '/exam/:id', name: 'exam' },
];

describe('parseAddress', () => {
  it('splits the path from a decoded query', () => {
    const a = parseAddress('/browse?domain=model-deployment&q=drift%20alert+rules');
    expect(a.path).toBe('/browse');
    expect({ ...a.query }).toEqual({ domain: 'model-deployment', q: 'drift alert rules' });
  });

  it('drops malformed and empty pairs instead of failing', () => {
    const a = parseAddress('/browse?q=%E0%A4%A&&=x&domain=data');
    expect({ ...a.query }).toEqual({ domain: 'data' });
    expect(a.fullPath).toBe('/browse?domain=data');
  });

  it('keeps the first of repeated keys, and treats "__proto__" as a plain key', () => {
    const a = parseAddress('/browse?domain=a&domain=b&__proto__=x');
    expect(a.query['domain']).toBe('a');
    expect(a.query['__proto__']).toBe('x');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reads an empty address as home', () => {
    expect(parseAddress('').path).toBe('/');
  });
});

describe('formatAddress', () => {
  it('leaves out empty and missing values', () => {
    expect(formatAddress('/browse', { domain: 'x', q: '', source: undefined })).toBe('/browse?domain=x');
    expect(formatAddress('/browse')).toBe('/browse');
  });

  it('round-trips any query through parseAddress', () => {
    const query = fc.dictionary(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }));
    fc.assert(
      fc.property(query, (q) => {
        expect({ ...parseAddress(formatAddress('/browse', q)).query }).toEqual(q);
      }),
    );
  });
});

describe('matchAddress', () => {
  it('matches a static path and a path with a param', () => {
    expect(matchAddress(routes, '/browse?domain=x')).toMatchObject({
      record: { name: 'browse' },
      path: '/browse',
      fullPath: '/browse?domain=x',
    });
    expect(matchAddress(routes, '/exam/a1')).toMatchObject({ record: { name: 'exam' }, params: { id: 'a1' } });
  });

  it('ignores a trailing slash', () => {
    expect(matchAddress(routes, '/browse/')).toMatchObject({ record: { name: 'browse' }, fullPath: '/browse' });
  });

  it('returns null for an unknown path, a missing param or an extra part', () => {
    expect(matchAddress(routes, '/nowhere')).toBeNull();
    expect(matchAddress(routes, '/exam')).toBeNull();
    expect(matchAddress(routes, '/exam/a/b')).toBeNull();
    expect(matchAddress(routes, '/exam/%E0%A4%A')).toBeNull();
  });

  it('gives back any id that fillPattern wrote, slashes and question marks included', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const m = matchAddress(routes, fillPattern('/questions/:id', { id }));
        expect(m?.record.name).toBe('question');
        expect(m?.params['id']).toBe(id);
      }),
    );
  });
});

describe('fillPattern', () => {
  it('names the missing param', () => {
    expect(() => fillPattern('/exam/:id', {})).toThrow('needs a value for "id"');
  });
});

describe('historyDelta', () => {
  it('measures Back and Forward from the stamped positions', () => {
    expect(historyDelta(3, { pos: 1 })).toBe(-2);
    expect(historyDelta(3, { pos: 4 })).toBe(1);
  });

  it('takes an unstamped entry for one the browser added after the current one', () => {
    expect(historyDelta(3, null)).toBe(1);
    expect(historyDelta(3, { position: 2 })).toBe(1);
    expect(positionOf({ pos: 1.5 })).toBeNull();
  });
});
