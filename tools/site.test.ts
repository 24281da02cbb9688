import {describe, expect, it} from 'vitest';
import {LOCALES as APP_LOCALES} from '../src/data';
import {DEFAULT_LOCALE, LOCALES, PREFIXED_LOCALES, localePath, localePrefix} from './site.mjs';

describe('tools/site', () => {
  it('lists the same locales as the app (src/data/types.ts), default first', () => {
    expect(LOCALES).toEqual(APP_LOCALES);
    expect(DEFAULT_LOCALE).toBe('zh-Hans');
    expect(PREFIXED_LOCALES).toEqual(['en']);
  });

  it('puts the default locale at the root and the others under their prefix', () => {
    expect(localePath('/', 'zh-Hans')).toBe('/');
    expect(localePath('/helpdesk/faq', 'zh-Hans')).toBe('/helpdesk/faq');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/helpdesk/faq', 'en')).toBe('/en/helpdesk/faq');
  });

  it('finds the locale prefix of a URL path', () => {
    expect(localePrefix('/en/helpdesk')).toBe('/en');
    expect(localePrefix('/en')).toBe('/en');
    expect(localePrefix('/english')).toBe('');
    expect(localePrefix('/helpdesk/en')).toBe('');
  });
});
