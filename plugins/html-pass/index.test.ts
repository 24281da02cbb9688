import {describe, expect, it} from 'vitest';
import {withJsonLd} from '.';

describe('withJsonLd', () => {
  it('puts each block at the end of the head, with `<` escaped so that no text can close the script', () => {
    const html = '<html><head><title>x</title></head><body><p>a</p></body></html>';
    const result = withJsonLd(html, [{'@type': 'Organization', name: '</script>'}, {'@type': 'FAQPage'}]);
    expect(result).toBe(
      '<html><head><title>x</title>' +
        '<script type="application/ld+json">{"@type":"Organization","name":"\\u003c/script>"}</script>' +
        '<script type="application/ld+json">{"@type":"FAQPage"}</script>' +
        '</head><body><p>a</p></body></html>',
    );
  });

  it('refuses a page without a head instead of dropping its JSON-LD', () => {
    expect(() => withJsonLd('<p>no head</p>', [{'@type': 'Organization'}])).toThrow(/no <\/head>/);
  });
});
