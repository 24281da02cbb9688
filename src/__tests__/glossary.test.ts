/**
 * The glossary (GLOSSARY.md) is the one list of what each thing is called: this
 * test reads its "Do not use" columns and its exceptions, and fails when a
 * variant it bans appears in the words of the site (pages, UI strings, data).
 * It also checks the typography rules the glossary states. Nothing here lists a
 * term by hand: to ban a variant, add it to the glossary.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const GLOSSARY = path.join(root, 'GLOSSARY.md');
const HAN = /\p{Script=Han}/u;

// ---------------------------------------------------------------- the glossary

interface Table {
  /** The heading above the table. */
  section: string;
  header: string[];
  rows: string[][];
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Every Markdown table of `markdown`, with the heading it sits under. */
export function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  let section = '';
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^#{1,6} /.test(line)) {
      section = line.replace(/^#+ /, '').trim();
      continue;
    }
    const next = lines[index + 1] ?? '';
    if (line.trim().startsWith('|') && /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(next)) {
      const table: Table = {section, header: splitRow(line), rows: []};
      index += 2;
      while (index < lines.length && lines[index]!.trim().startsWith('|')) {
        table.rows.push(splitRow(lines[index]!));
        index++;
      }
      index--;
      tables.push(table);
    }
  }
  return tables;
}

const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/** The code spans of the column named `column` in every table that has one. */
function column(tables: readonly Table[], name: string): {variant: string; concept: string; section: string}[] {
  return tables.flatMap((table) => {
    const at = table.header.findIndex((cell) => cell.toLowerCase() === name.toLowerCase());
    return at < 0
      ? []
      : table.rows.flatMap((row) =>
          codeSpans(row[at] ?? '').map((variant) => ({variant, concept: row[0] ?? '', section: table.section})),
        );
  });
}

const glossaryTables = tablesOf(readFileSync(GLOSSARY, 'utf8'));
const BANNED = column(glossaryTables, 'Do not use');
const EXCEPTIONS = column(glossaryTables, 'Allowed as is').map((entry) => entry.variant);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a banned variant is found: Chinese anywhere; Latin as whole words, any case, either apostrophe. */
export function variantPattern(variant: string): RegExp {
  if (HAN.test(variant)) {
    return new RegExp(escape(variant), 'u');
  }
  const body = escape(variant).replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

const withoutExceptions = (text: string) => EXCEPTIONS.reduce((rest, allowed) => rest.split(allowed).join(' '), text);

// ---------------------------------------------------------------- the sources

interface Source {
  where: string;
  text: string;
  locale: 'zh-Hans' | 'en' | 'mixed';
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The words of an MDX page: front matter values, text and headings, without imports, tags, link targets or ids. */
export function mdxWords(source: string): string {
  return source
    .replace(/^---\n([\s\S]*?)\n---/, (_, frontMatter: string) =>
      frontMatter
        .split('\n')
        .map((line) => line.replace(/^[\w-]+:\s*/, ''))
        .join('\n'),
    )
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[ \t]*\{#[^}]+\}/g, '');
}

const PAGES: Source[] = [
  ...filesUnder(path.join(root, 'docs'), '.mdx').map((file) => ({locale: 'zh-Hans' as const, file})),
  ...filesUnder(path.join(root, 'i18n/en'), '.mdx').map((file) => ({locale: 'en' as const, file})),
].map(({locale, file}) => ({where: path.relative(root, file), locale, text: mdxWords(readFileSync(file, 'utf8'))}));

const UI_STRINGS: Source[] = [
  ...filesUnder(path.join(root, 'i18n'), '.json').filter((file) => !file.includes(`${path.sep}.`)),
].flatMap((file) => {
  const where = path.relative(root, file);
  const locale = where.startsWith('i18n/en/') ? ('en' as const) : ('zh-Hans' as const);
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message?: unknown}>;
  return Object.entries(entries)
    .filter(([, entry]) => typeof entry.message === 'string')
    .map(([key, entry]) => ({where: `${where} ${key}`, locale, text: entry.message as string}));
});

/**
 * The string literals of a TypeScript file, as a reader would see them: not
 * comments, not property names, not module names; template literals by their
 * fixed parts.
 */
export function stringLiterals(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) {
      return;
    }
    const parent = node.parent as ts.Node | undefined;
    const isName = parent && (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isName) {
      found.push(node.text);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const DATA_DIR = path.join(root, 'src/data');
const DATA_FILES = readdirSync(DATA_DIR)
  .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
  .sort();

const DATA: Source[] = DATA_FILES.flatMap((file) =>
  stringLiterals(file, readFileSync(path.join(DATA_DIR, file), 'utf8')).map((text) => ({
    where: `src/data/${file}`,
    locale: 'mixed' as const,
    text,
  })),
);

const SOURCES: Source[] = [...PAGES, ...UI_STRINGS, ...DATA];

// ---------------------------------------------------------------- the checks

describe('the glossary', () => {
  it('is read: its tables, its banned variants and its exceptions', () => {
    expect(glossaryTables.length).toBeGreaterThanOrEqual(3);
    expect(BANNED.length).toBeGreaterThan(20);
    expect(EXCEPTIONS.length).toBeGreaterThan(0);
  });

  it.each([['staffed'], ['有人值守'], ['在线'], ['fix'], ['fixes'], ['按次计费'], ['联系方式']])('bans %s', (variant) => {
    expect(BANNED.map((entry) => entry.variant)).toContain(variant);
  });

  it('bans no term it also prescribes', () => {
    const prescribed = glossaryTables.flatMap((table) => {
      const use = table.header.findIndex((cell) => cell.toLowerCase() === 'use');
      return use < 0 ? [] : table.rows.map((row) => row[use] ?? '');
    });
    const clashes = BANNED.filter(({variant}) => prescribed.some((words) => variantPattern(variant).test(words)));
    expect(clashes.map(({variant}) => variant)).toEqual([]);
  });
});

describe('the matcher', () => {
  it.each([
    ['fix', 'A Websoft9 engineer investigates and fixes it', false],
    ['fixes', 'A Websoft9 engineer investigates and fixes it', true],
    ['fix', 'Engineers fix problems', true],
    ['fix', 'the prefix of a URL', false],
    ['staffed', '2 of 4 channels are Staffed right now', true],
    ['business features', 'How to use the business features of the software', true],
    ['在线', '4 个渠道中有 2 个在线', true],
    ['人工渠道', '人工服务渠道', false],
    ["won't", 'it won’t', true],
  ])('%s in "%s": %s', (variant, text, found) => {
    expect(variantPattern(variant).test(text)).toBe(found);
  });

  it('reads pages without their imports, tags, link targets and ids', () => {
    expect(
      mdxWords(
        '---\ntitle: 联系我们\n---\nimport X from \'x\';\n## 人工渠道 {#human-channels}\n[FAQ](/helpdesk/faq#fix) <X id="staffed" />',
      ),
    ).not.toMatch(/import|human-channels|helpdesk|staffed/);
  });

  it('reads data as string literals, without comments, property names or imports', () => {
    const source = "import {x} from './staffed';\n// fix it\nconst a = {'在线': 'open', b: `now ${x} staffed`};";
    expect(stringLiterals('a.ts', source)).toEqual(['open', 'now ', ' staffed']);
  });
});

describe('the words of the site', () => {
  it('are read from the pages of both locales, the UI strings and the data', () => {
    expect(PAGES.filter((page) => page.locale === 'zh-Hans').length).toBe(PAGES.filter((page) => page.locale === 'en').length);
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
    expect(UI_STRINGS.length).toBeGreaterThan(50);
    expect(DATA.some((source) => source.where === 'src/data/faq.ts')).toBe(true);
    expect(DATA.some((source) => source.where === 'src/data/scope.ts')).toBe(true);
  });

  it('use none of the variants the glossary bans', () => {
    // A variant banned under two concepts is reported once.
    const variants = [...new Set(BANNED.map(({variant}) => variant))];
    const found = SOURCES.flatMap(({where, text}) =>
      withoutExceptions(text)
        .split('\n')
        .flatMap((line) =>
          variants
            .filter((variant) => variantPattern(variant).test(line))
            .map((variant) => `${where}: "${variant}" in "${line.trim()}"`),
        ),
    );
    expect(found).toEqual([]);
  });
});

// ---------------------------------------------------------------- typography

/** Full-width punctuation, which takes no half-width space on either side. */
const FULL_WIDTH = '，。：；？！（）“”、';
const SPACE_BY_FULL_WIDTH = new RegExp(`[${FULL_WIDTH}][ \\t]|[ \\t][${FULL_WIDTH}]`, 'u');
/** Chinese next to a Latin letter or a digit, without the space the site puts there. */
const UNSPACED = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;

/** The English strings of the data files whose words the glossary's author keeps (see GLOSSARY.md, Typography). */
const APOSTROPHE_DATA = new Set(['src/data/faq.ts', 'src/data/scope.ts', 'src/data/ticket.ts']);
const STRAIGHT_APOSTROPHE = /\p{L}'\p{L}/u;

describe('typography', () => {
  const chinese = SOURCES.filter(({locale, text}) => locale !== 'en' && HAN.test(text));

  it('reads Chinese from the pages and the data', () => {
    expect(chinese.filter(({where}) => where.endsWith('.mdx')).length).toBeGreaterThanOrEqual(5);
    expect(chinese.filter(({where}) => where.startsWith('src/data/')).length).toBeGreaterThan(50);
  });

  /** Each line of the Chinese sources (exceptions left out) that `pattern` finds, with where it is. */
  const chineseLinesMatching = (pattern: RegExp) =>
    chinese.flatMap(({where, text}) =>
      withoutExceptions(text)
        .split('\n')
        .filter((line) => pattern.test(line))
        .map((line) => `${where}: "${line.trim()}"`),
    );

  it('Chinese: no half-width space beside full-width punctuation', () => {
    expect(chineseLinesMatching(SPACE_BY_FULL_WIDTH)).toEqual([]);
  });

  it('Chinese: a space between Chinese and Latin letters or digits', () => {
    expect(chineseLinesMatching(UNSPACED)).toEqual([]);
  });

  it('English: curly apostrophes', () => {
    const english = SOURCES.filter(
      ({where, locale, text}) => (locale === 'en' && where.endsWith('.mdx')) || (APOSTROPHE_DATA.has(where) && !HAN.test(text)),
    );
    expect(english.length).toBeGreaterThan(20);
    const found = english.flatMap(({where, text}) =>
      text
        .split('\n')
        .filter((line) => STRAIGHT_APOSTROPHE.test(line))
        .map((line) => `${where}: "${line.trim()}"`),
    );
    expect(found).toEqual([]);
  });
});
