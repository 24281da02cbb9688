/**
 * No channel fact is typed into prose. Which channels answer in real time or
 * within an hour, when they are open, how many there are and which ones a
 * sentence lists all come from src/data through MDX components and FAQ tokens;
 * so the words people type (pages in both locales, their descriptions, UI
 * strings, the FAQ's own sentences) must never name a channel next to such a
 * fact, list three or more channels, or count them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CHANNELS, FAQ, LOCALES, RESPONSE_PROMISES, SCHEDULES, type Block, type Inline} from '../data';

const root = path.resolve(__dirname, '../..');
const PAGE_DIRS = [
  path.join(root, 'docs/helpdesk'),
  path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current/helpdesk'),
];

const lower = (text: string) => text.toLowerCase();
const withoutArticle = (text: string) => text.replace(/^(a|an|the|our) /i, '');

/** Words that name a channel, in either language, from the data. */
const CHANNEL_WORDS: Map<string, string> = new Map(
  CHANNELS.flatMap((channel) =>
    LOCALES.flatMap((locale) => [channel.label[locale], channel.inText[locale], channel.listName[locale]]).map((name) => [
      lower(withoutArticle(name)),
      channel.id,
    ]),
  ),
);
// "ticket" alone names the ticket channel as well as "support ticket" does.
CHANNEL_WORDS.set('ticket', 'ticket');

/** Words that state a promise, an availability or hours: from the data, plus their usual paraphrases. */
const FACT_WORDS: string[] = [
  ...Object.values(RESPONSE_PROMISES).flatMap((promise) =>
    LOCALES.flatMap((locale) => [promise.short[locale], promise.phrase[locale]]),
  ),
  ...SCHEDULES.flatMap((schedule) => [schedule.notation, ...LOCALES.map((locale) => schedule.meaning[locale])]),
  ...SCHEDULES.flatMap((schedule) => schedule.intervals.flatMap((interval) => [interval.start, interval.end])),
  // Not "实时" alone: "实时状态" is the live status, not a promise.
  '实时回复',
  '实时沟通',
  '即时',
  '小时内',
  '全天候',
  '随时',
  '稍等片刻',
  'real time',
  'real-time',
  'immediate',
  'within an hour',
  'an hour',
  'around the clock',
  'any time',
  '24/7',
].map(lower);

// Not 一个: "换一个渠道" is any other channel, not a count.
const COUNT =
  /(?:[0-9]+|[两三四五六七八九十]+)\s*个(?:人工|支持|联系)?渠道|\b(?:two|three|four|five|six|seven|\d+)\s+(?:human\s+|support\s+|contact\s+)?channels\b/i;

function channelsIn(sentence: string): Set<string> {
  const text = lower(sentence);
  const found = new Set<string>();
  for (const [word, id] of CHANNEL_WORDS) {
    const pattern = /^[a-z]/.test(word) ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`) : null;
    if (pattern ? pattern.test(text) : text.includes(word)) {
      found.add(id);
    }
  }
  return found;
}

/** What is wrong with a typed sentence, or null. */
function typedChannelFact(sentence: string): string | null {
  if (COUNT.test(sentence)) {
    return 'counts the channels';
  }
  const channels = channelsIn(sentence);
  if (channels.size >= 3) {
    return `lists channels (${[...channels].join(', ')})`;
  }
  const fact = FACT_WORDS.find((word) => lower(sentence).includes(word));
  if (channels.size > 0 && fact) {
    return `names ${[...channels].join(', ')} with "${fact}"`;
  }
  return null;
}

const SENTENCE_END = /[。！？；\n]|[.!?;:](?=\s|$)/;

function sentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The prose of an MDX page: its title and description, and its text without imports, components or link targets. */
function pageProse(source: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const described = frontMatter
    .split('\n')
    .filter((line) => /^(title|description):/.test(line))
    .map((line) => line.replace(/^\w+:\s*/, ''));
  const body = source
    .replace(/^---\n[\s\S]*?\n---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ⟨component⟩ ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]+\}/g, '');
  return [...described, body].join('\n');
}

/** The FAQ's own typed words: strings and link texts; data tokens stand as placeholders. */
function faqProse(blocks: readonly Block[]): string[] {
  const inline = (item: Inline): string =>
    typeof item === 'string'
      ? item
      : 'strong' in item
        ? item.strong
        : 'channel' in item
          ? (item.text ?? '⟨channel⟩')
          : '⟨data⟩';
  return blocks.flatMap((block) =>
    'paragraph' in block
      ? [block.paragraph.map(inline).join('')]
      : 'list' in block
        ? block.list.map((item) => item.map(inline).join(''))
        : [],
  );
}

/** UI strings: the English messages and the Chinese ones in the code. */
function uiStrings(): string[] {
  const english = JSON.parse(readFileSync(path.join(root, 'i18n/en/code.json'), 'utf8')) as Record<string, {message: string}>;
  const strings = Object.entries(english)
    .filter(([id]) => /^(helpdesk|home)\./.test(id))
    .map(([, {message}]) => message);
  for (const entry of readdirSync(path.join(root, 'src'), {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.tsx') || entry.name.includes('.test.')) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/message:\s*'([^']*)'|<Translate[^>]*>\s*\{?'?([^<{}']+)'?\}?\s*<\/Translate>/g)) {
      strings.push((match[1] ?? match[2] ?? '').replace(/\{\w+\}/g, '⟨value⟩'));
    }
  }
  return strings.map((text) => text.replace(/\{\w+\}/g, '⟨value⟩'));
}

const SOURCES: {where: string; text: string}[] = [
  ...PAGE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => ({
        where: path.relative(root, path.join(dir, file)),
        text: pageProse(readFileSync(path.join(dir, file), 'utf8')),
      })),
  ),
  ...FAQ.flatMap((entry) =>
    LOCALES.map((locale) => ({where: `FAQ ${entry.id} (${locale})`, text: faqProse(entry.answer[locale]).join('\n')})),
  ),
  {where: 'UI strings', text: uiStrings().join('\n')},
];

describe('the checker', () => {
  it.each([
    ['需要即时沟通时，请拨打电话，或通过微信联系我们', 'names'],
    ['For an answer in real time, call the phone or message us on WeChat', 'names'],
    ['Start with a support ticket or an email: both are taken around the clock', 'names'],
    ['可以稍等片刻时，请提交工单或发送邮件', 'names'],
    ['All five channels with their hours', 'counts'],
    ['五个人工渠道的服务时间', 'counts'],
    ['Websoft9 人工支持渠道一览：工单、邮箱、QQ 群、微信和电话', 'lists'],
    ['Reach Websoft9 support by ticket, email, QQ group, WeChat or phone', 'lists'],
  ])('flags a typed channel fact: %s', (sentence, kind) => {
    expect(typedChannelFact(sentence)).toMatch(new RegExp(`^${kind}`));
  });

  it.each([
    '需要实时响应时，请通过⟨component⟩联系我们',
    'Replies go to the email address you gave on the ticket',
    'Our WeChat QR codes aren’t published yet',
  ])('lets prose without a channel fact pass: %s', (sentence) => {
    expect(typedChannelFact(sentence)).toBeNull();
  });
});

describe('typed prose', () => {
  it('is read from every page of both locales, the FAQ and the UI strings', () => {
    expect(SOURCES.filter((source) => source.where.endsWith('.mdx'))).toHaveLength(
      2 * readdirSync(PAGE_DIRS[0]!).filter((file) => file.endsWith('.mdx')).length,
    );
    const fromFaq = (source: {where: string}) => source.where.startsWith('FAQ ');
    expect(SOURCES.filter((source) => !fromFaq(source)).every((source) => source.text.length > 20)).toBe(true);
    // A FAQ answer may be short: its prose holds every piece of text the entry types.
    expect(SOURCES.filter(fromFaq)).toHaveLength(FAQ.length * LOCALES.length);
    for (const entry of FAQ) {
      for (const locale of LOCALES) {
        const {text} = SOURCES.find((source) => source.where === `FAQ ${entry.id} (${locale})`)!;
        const typed = entry.answer[locale].flatMap((block) =>
          'paragraph' in block ? block.paragraph : 'list' in block ? block.list.flat() : [],
        );
        for (const item of typed) {
          if (typeof item === 'string') {
            expect(text, `FAQ ${entry.id} (${locale})`).toContain(item);
          }
        }
      }
    }
  });

  it.each(SOURCES)('$where states no channel fact by hand', ({text}) => {
    const problems = sentences(text).flatMap((sentence) => {
      const problem = typedChannelFact(sentence);
      return problem ? [`${problem}: "${sentence}"`] : [];
    });
    expect(problems).toEqual([]);
  });
});
