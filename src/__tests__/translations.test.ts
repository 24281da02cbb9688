/**
 * Every page and UI string exists in English: a missing translated page, a
 * heading id that differs between the locales, or a UI string with no English
 * message fails here, before any browser starts.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const ZH_DOCS = path.join(root, 'docs/helpdesk');
const EN_DOCS = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current/helpdesk');
const HAN = /\p{Script=Han}/u;

const mdxFiles = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort();
const headingIds = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\{#([^}]+)\}/g)].map((match) => match[1]);
const frontMatterKeys = (file: string) =>
  (/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '')
    .split('\n')
    .map((line) => line.split(':')[0]!.trim())
    .filter(Boolean);

/** Ids of <Translate id="…"> and translate({id: '…'}) in the site's source. */
function translationIds(dir: string): string[] {
  const ids: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/(?:<Translate\s+id=|\bid:\s*)["']((?:helpdesk|home)\.[\w.]+)["']/g)) {
      ids.push(match[1]!);
    }
  }
  return ids;
}

describe('English pages', () => {
  const zh = mdxFiles(ZH_DOCS);

  it('exist for every Chinese page, and no more', () => {
    expect(zh.length).toBeGreaterThan(0);
    expect(mdxFiles(EN_DOCS)).toEqual(zh);
  });

  it.each(zh)('%s has the same heading ids and front matter in both locales', (file) => {
    expect(headingIds(path.join(EN_DOCS, file))).toEqual(headingIds(path.join(ZH_DOCS, file)));
    expect(frontMatterKeys(path.join(EN_DOCS, file))).toEqual(frontMatterKeys(path.join(ZH_DOCS, file)));
  });

  it.each(zh)('%s is written in English', (file) => {
    const text = readFileSync(path.join(EN_DOCS, file), 'utf8');
    expect(text.split('\n').filter((line) => HAN.test(line))).toEqual([]);
  });
});

describe('English UI strings', () => {
  const codeJson = JSON.parse(readFileSync(path.join(root, 'i18n/en/code.json'), 'utf8')) as Record<string, {message: string}>;
  const ids = [...new Set([...translationIds(path.join(root, 'src'))])];

  it('are found in the source (the scan works)', () => {
    expect(ids.length).toBeGreaterThan(30);
  });

  it.each(ids)('%s has an English message', (id) => {
    expect(codeJson[id], `i18n/en/code.json lacks "${id}"`).toBeDefined();
    expect(codeJson[id]!.message).not.toMatch(HAN);
  });
});
