/**
 * /support-status.js as the build bundles it: within its byte budget (gzip, as
 * served), one self-contained ES module, and nothing a strict Content-Security-Policy
 * on the embedding page would block (no eval, no inline style, no HTML parsing).
 * tests/e2e/embed.spec.ts runs it on a page of another origin.
 */
import {gzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import {SUPPORT_POLICY_PATH} from '../../src/lib/published/feedPaths';
import {STATUS_MODULE_BUDGET_BYTES, bundleStatusModule} from './statusModule';

let code = '';

beforeAll(async () => {
  code = await bundleStatusModule(process.cwd());
}, 30_000);

describe('the status module', () => {
  it(`is at most ${STATUS_MODULE_BUDGET_BYTES} bytes gzip`, () => {
    const gzip = gzipSync(code, {level: 9}).length;
    expect(code.length).toBeGreaterThan(1000);
    expect(gzip).toBeLessThanOrEqual(STATUS_MODULE_BUDGET_BYTES);
  });

  it('defines the element and reads the policy from its own origin', () => {
    expect(code).toContain('customElements.define("websoft9-support-status"');
    expect(code).toContain(`"${SUPPORT_POLICY_PATH}"`);
    expect(code).toMatch(/new URL\([\w$]+,import\.meta\.url\)/);
    expect(code).toContain('attachShadow({mode:"open"})');
    expect(code).toContain('adoptedStyleSheets');
  });

  it('is self-contained: no import, no Node globals, no framework', () => {
    expect(code).not.toMatch(/\bimport\s*[({"']|\bimport\s+\w|\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.|\bReact\b|__webpack/);
  });

  it('holds nothing a strict CSP blocks: eval, inline style, HTML parsing', () => {
    expect(code).not.toMatch(/\beval\(|new Function|\bFunction\(|setTimeout\("|setInterval\("/);
    expect(code).not.toMatch(/\.style\b|"style"|cssText|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('carries the words of both languages', () => {
    for (const words of ['服务中', '受理中', '非服务时间', 'Open now', 'Accepting', 'Closed', 'Replies from']) {
      expect(code).toContain(words);
    }
    expect(code).not.toMatch(/在线|staffed|online/i);
  });
});
