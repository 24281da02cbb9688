/**
 * Runs the URL rule table (./urlRules.ts) against the server of the suite that
 * calls it: one test per row, the same assertions for every server.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {IncomingHttpHeaders} from 'node:http';
import {expect, test} from '@playwright/test';
import {BUILD_DIR} from './builtSite';
import {rawRequest} from './http';
import {CACHE_CONTROL, urlRules, type UrlRule} from './urlRules';

/** Checks the rule's headers on a response; Content-Type only where the response has a body. */
function expectHeaders(rule: UrlRule, headers: IncomingHttpHeaders, what: string, withBody: boolean): void {
  for (const [name, expected] of Object.entries(rule.headers ?? {})) {
    if (name === 'content-type' && !withBody) {
      continue;
    }
    const actual = headers[name];
    if (expected === null) {
      expect(actual, `${name} of ${what}`).toBeUndefined();
    } else if (expected instanceof RegExp) {
      expect(String(actual), `${name} of ${what}`).toMatch(expected);
    } else {
      expect(actual, `${name} of ${what}`).toBe(expected);
    }
  }
}

/** A short name for a row: long junk paths are cut. */
function title({about, path, method}: UrlRule): string {
  const shown = path.length > 60 ? `${path.slice(0, 60)}… (${path.length} characters)` : path;
  return `${method ?? 'GET'} ${shown}: ${about}`;
}

export function defineUrlRuleTests(): void {
  const passwd = readFileSync('/etc/passwd');
  for (const rule of urlRules()) {
    test(title(rule), async () => {
      const method = rule.method ?? 'GET';
      const response = await rawRequest(rule.path, {method});
      const statuses: readonly number[] = typeof rule.status === 'number' ? [rule.status] : rule.status;
      expect(statuses, 'status').toContain(response.status);
      if (rule.location !== undefined) {
        expect(response.headers.location, 'Location').toBe(rule.location);
      }
      if (rule.body !== undefined) {
        const file = readFileSync(path.join(BUILD_DIR, rule.body));
        expect(response.body.equals(file), `the body is build/${rule.body}`).toBe(true);
      }
      expectHeaders(rule, response.headers, 'the response', true);
      // Whatever the request, nothing outside build/ comes back.
      expect(response.body.includes(passwd)).toBe(false);
      expect(response.body.toString('latin1')).not.toContain('root:x:0:0');
      if (rule.cache === undefined) {
        return;
      }
      expect(response.headers['cache-control'], 'Cache-Control').toBe(CACHE_CONTROL[rule.cache]);
      if (response.status === 200) {
        const etag = response.headers.etag;
        expect(etag, 'ETag').toBeTruthy();
        const again = await rawRequest(rule.path, {method, headers: {'If-None-Match': etag!}});
        expect(again.status, 'a revalidation with the ETag').toBe(304);
        expect(again.wire.length).toBe(0);
        expect(again.headers['cache-control'], 'Cache-Control of the 304').toBe(CACHE_CONTROL[rule.cache]);
        expectHeaders(rule, again.headers, 'the 304', false);
      }
    });
  }
}
