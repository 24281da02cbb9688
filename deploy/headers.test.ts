/**
 * The header source on small builds of its own: which inline code the CSP must
 * allow, that a build whose inline scripts change gets a matching CSP, and that
 * generated files from another build are reported, never served silently.
 */
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {LOCALES} from '../src/data';
import {calendarFeedPath, STATUS_MODULE_PATH, SUPPORT_POLICY_PATH} from '../src/lib/published/feedPaths';
import {
  CALENDAR_TYPE,
  CROSS_ORIGIN_FILES,
  cspHash,
  generatedFiles,
  inlineCode,
  renderNginx,
  siteHeaders,
  staleGeneratedFiles,
} from './headers.cjs';

describe('inlineCode', () => {
  it('keeps executable inline scripts and skips data blocks and external scripts', () => {
    const html = [
      '<script>a()</script>',
      '<script type="text/javascript">b()</script>',
      '<script type=module>c()</script>',
      '<script type=application/ld+json>{"@type":"FAQPage"}</script>',
      '<script type="application/json">{}</script>',
      '<script src=/assets/js/main.js defer></script>',
    ].join('');
    expect(inlineCode(html).scripts).toEqual(['a()', 'b()', 'c()']);
  });

  it('hashes script text as written and style attributes as the browser decodes them', () => {
    const html =
      '<script>if (a &amp;&amp; b) go()</script><div style="font-family: &quot;Noto&quot;">x</div><svg style=display:none></svg>';
    const {scripts, styleAttributes} = inlineCode(html);
    expect(scripts).toEqual(['if (a &amp;&amp; b) go()']);
    expect(styleAttributes).toEqual(['font-family: "Noto"', 'display:none']);
  });

  it('does not take markup inside a script for a style attribute', () => {
    expect(inlineCode('<script>el.innerHTML = \'<p style="color: red">\'</script>').styleAttributes).toEqual([]);
  });

  it('hashes as CSP does: base64 SHA-256 of the UTF-8 bytes', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('generated files', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

  /** A build of two locales whose pages carry `script` inline. */
  function build(script: string): {buildDir: string; nginxDir: string} {
    const root = mkdtempSync(path.join(tmpdir(), 'helpdesk-headers-'));
    dirs.push(root);
    const buildDir = path.join(root, 'build');
    for (const dir of ['', 'en']) {
      mkdirSync(path.join(buildDir, dir, 'assets'), {recursive: true});
      writeFileSync(
        path.join(buildDir, dir, 'index.html'),
        `<html><head><script>${script}</script></head><body><svg style="display: none;"></svg></body></html>`,
      );
    }
    return {buildDir, nginxDir: path.join(root, 'nginx')};
  }

  function write(files: Map<string, string>): void {
    for (const [file, content] of files) {
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, content);
    }
  }

  it('follow the build: a changed inline script gets its hash, the old one loses it', () => {
    const before = build('colourMode("dark")');
    const after = build('colourMode("light")');
    const policy = (buildDir: string) =>
      siteHeaders(buildDir).security.find(([name]) => name === 'Content-Security-Policy')![1];
    expect(policy(before.buildDir)).toContain(cspHash('colourMode("dark")'));
    expect(policy(after.buildDir)).toContain(cspHash('colourMode("light")'));
    expect(policy(after.buildDir)).not.toContain(cspHash('colourMode("dark")'));
    expect(policy(after.buildDir)).toContain(`'unsafe-hashes' ${cspHash('display: none;')}`);
  });

  it('are reported missing, then stale after a rebuild, never silently reused', () => {
    const {buildDir, nginxDir} = build('one()');
    expect(staleGeneratedFiles(buildDir, nginxDir)).toHaveLength(4);
    write(generatedFiles(buildDir, nginxDir));
    expect(staleGeneratedFiles(buildDir, nginxDir)).toBeNull();

    writeFileSync(path.join(buildDir, 'en', 'index.html'), '<html><head><script>two()</script></head></html>');
    const stale = staleGeneratedFiles(buildDir, nginxDir);
    expect(stale).toHaveLength(4);
    expect(stale!.every((problem) => problem.endsWith('was generated from another build'))).toBe(true);
  });

  it("say the same in nginx and in _headers, with a year of cache on each locale's assets", () => {
    const {buildDir, nginxDir} = build('one()');
    const headers = siteHeaders(buildDir);
    write(generatedFiles(buildDir, nginxDir));
    const headersFile = readFileSync(path.join(buildDir, '_headers'), 'utf8');
    for (const [name, value] of headers.security) {
      expect(headersFile).toContain(`  ${name}: ${value}\n`);
      for (const include of Object.values(renderNginx(headers))) {
        expect(include).toContain(`add_header ${name} "${value}" always;\n`);
      }
    }
    expect(headers.immutablePrefixes).toEqual(['/assets/', '/en/assets/']);
    expect(headersFile).toContain('/en/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('open exactly the published feeds, policy and status module to other origins, in nginx and in _headers', () => {
    expect(CROSS_ORIGIN_FILES.map((file) => file.path).sort()).toEqual(
      [SUPPORT_POLICY_PATH, STATUS_MODULE_PATH, ...LOCALES.map(calendarFeedPath)].sort(),
    );
    const {buildDir, nginxDir} = build('one()');
    const headers = siteHeaders(buildDir);
    write(generatedFiles(buildDir, nginxDir));
    const crossOrigin = readFileSync(path.join(nginxDir, 'cross-origin.conf'), 'utf8');
    const headersFile = readFileSync(path.join(buildDir, '_headers'), 'utf8');
    const locations = [...crossOrigin.matchAll(/^location = (\S+) \{\n([\s\S]*?)\n\}$/gm)];
    expect(locations.map((match) => match[1])).toEqual(CROSS_ORIGIN_FILES.map((file) => file.path));
    for (const [, urlPath, body = ''] of locations) {
      expect(body).toContain('add_header Access-Control-Allow-Origin "*" always;');
      expect(body).toContain('add_header Cache-Control "no-cache" always;');
      // nginx drops the server's add_header lines in a location with its own: every security header is repeated.
      for (const [name, value] of headers.security) {
        expect(body).toContain(`add_header ${name} "${value}" always;`);
      }
      const calendar = urlPath!.endsWith('.ics');
      expect(body.includes('types { text/calendar ics; }'), urlPath).toBe(calendar);
      expect(body.includes('charset_types text/calendar;'), urlPath).toBe(calendar);
      const rule = new RegExp(`^${urlPath!.replace(/[.]/g, '\\.')}\n((?:  .+\n)+)`, 'm').exec(headersFile)?.[1] ?? '';
      expect(rule, `_headers rule of ${urlPath}`).toContain('  Access-Control-Allow-Origin: *\n');
      expect(rule.includes(`  Content-Type: ${CALENDAR_TYPE}\n`), urlPath).toBe(calendar);
    }
    // Nothing else is opened: the rule for every path carries no CORS header.
    const everyPath = headersFile.slice(headersFile.indexOf('/*\n'), headersFile.indexOf('\n/assets/*'));
    expect(everyPath).not.toContain('Access-Control');
    for (const name of ['headers-immutable.conf', 'headers-revalidate.conf']) {
      expect(readFileSync(path.join(nginxDir, name), 'utf8')).not.toContain('Access-Control');
    }
  });
});
