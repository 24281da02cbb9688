// @vitest-environment jsdom
/**
 * Every place that states a channel fact follows the data. The data module is
 * swapped for a fixture that changes two promises: the phone moves from
 * "real time" to "within an hour", and WeChat becomes usable (it gets a QR
 * image). The live panel, the FAQ (as the FAQ and contact pages render it),
 * the channel table, the FAQPage JSON-LD and the policy file must all follow;
 * a sentence typed into a component instead of drawn from the data would not.
 */
import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import type {Channel, ChannelId, Locale} from '../data/types';
import {EMPTY_CALENDAR} from '../lib/calendar/calendar';
import {PAGE_JSON_LD} from '../node/jsonld/pageJsonLd';

const SITE_URL = 'https://support.example.com';

const page = vi.hoisted(() => ({locale: 'zh-Hans' as 'zh-Hans' | 'en'}));

vi.mock('../data/channels', async (importOriginal) => {
  const real = await importOriginal<typeof import('../data/channels')>();
  const CHANNELS = real.CHANNELS.map((channel): Channel => {
    if (channel.id === 'phone') {
      return {...channel, responseInStandardHours: 'within-1-hour'};
    }
    if (channel.id === 'wechat') {
      const alt = {'zh-Hans': '客服微信二维码', en: 'Support WeChat QR code'};
      return {...channel, entry: {kind: 'scan', images: [{src: '/img/fixture-wechat.png', alt}]}};
    }
    return channel;
  });
  return {...real, CHANNELS};
});

/** English UI strings as the English build has them; Chinese is the message in the code. */
const EN = JSON.parse(readFileSync(path.resolve(__dirname, '../../i18n/en/code.json'), 'utf8')) as Record<
  string,
  {message: string}
>;

function message(id: string | undefined, fallback: string): string {
  return page.locale === 'en' && id ? (EN[id]?.message ?? fallback) : fallback;
}

function interpolate(text: string, values: Record<string, ReactNode> = {}): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, index) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return <span key={index}>{key && key in values ? values[key] : part}</span>;
  });
}

vi.mock('@docusaurus/Translate', () => ({
  default: ({id, values, children}: {id?: string; values?: Record<string, ReactNode>; children: string}) =>
    interpolate(message(id, children), values),
  translate: ({id, message: fallback}: {id?: string; message: string}, values?: Record<string, string | number>) =>
    message(id, fallback).replace(/\{(\w+)\}/g, (_, key: string) => String(values?.[key] ?? '')),
}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({siteConfig: {url: 'https://support.example.com', title: 'Helpdesk'}, i18n: {currentLocale: page.locale}}),
}));
vi.mock('@docusaurus/Link', () => ({
  default: ({to, children, ...rest}: {to: string; children: ReactNode}) => (
    // eslint-disable-next-line @docusaurus/no-html-links -- the mock of Link itself
    <a href={to} {...rest}>
      {children}
    </a>
  ),
}));
vi.mock('@docusaurus/Head', () => ({default: ({children}: {children: ReactNode}) => <>{children}</>}));
// The live panel reads the shipped calendar; the fixture needs none (no holiday is in play).
vi.mock('@docusaurus/useGlobalData', () => ({usePluginData: () => EMPTY_CALENDAR}));
vi.mock('@docusaurus/useBaseUrl', () => ({default: (url: string) => url}));
vi.mock('@docusaurus/useBrokenLinks', () => ({
  default: () => ({collectAnchor: () => undefined, collectLink: () => undefined}),
}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => false}));
vi.mock('@docusaurus/router', () => ({useLocation: () => ({pathname: '/helpdesk/faq'})}));
vi.mock('@theme/Heading', () => ({
  default: ({as: Tag, children, ...rest}: {as: 'h2'; children: ReactNode}) => <Tag {...rest}>{children}</Tag>,
}));

const {CHANNELS, FAQ, RESPONSE_PROMISES} = await import('../data');
const {getChannel, getSchedule} = await import('../lib/lookup');
const {channelPageHref} = await import('../lib/channels/channelEntry');
const {buildSupportPolicy} = await import('../node/feeds/supportPolicy');
const {default: ReachNow} = await import('../components/ReachNow');
const {default: Faq} = await import('../components/Faq');
const {default: FaqAnswer} = await import('../components/FaqAnswer');
const {default: ChannelTable} = await import('../components/ChannelTable');
const {default: ServiceHoursTable} = await import('../components/ServiceHoursTable');
const {default: PendingChannels} = await import('../components/PendingChannels');

const LOCALES: readonly Locale[] = ['zh-Hans', 'en'];

function render(node: ReactNode): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(node);
  return container;
}

/** The channels an element links to, in reading order, by the link a page gives each one. */
function linkedChannels(element: Element, locale: Locale): ChannelId[] {
  const byHref = new Map(
    CHANNELS.map((channel) => [channelPageHref(channel, locale) ?? `/helpdesk/contact#channel-${channel.id}`, channel.id]),
  );
  return [...element.querySelectorAll('a')].flatMap((link) => byHref.get(link.getAttribute('href') ?? '') ?? []);
}

/** The one element of `tag` whose text holds `text`. */
function elementWith(root: HTMLElement, tag: string, text: string): Element {
  const matches = [...root.querySelectorAll(tag)].filter((element) => element.textContent!.includes(text));
  expect(matches, `one <${tag}> containing "${text}"`).toHaveLength(1);
  return matches[0]!;
}

/** The channels that make `promise` in standard hours, in data order (the fixture's, with every channel usable). */
const promising = (promise: Channel['responseInStandardHours']): ChannelId[] =>
  CHANNELS.filter((channel) => channel.responseInStandardHours === promise).map((channel) => channel.id);
const REAL_TIME = promising('real-time');
const WITHIN_HOUR = promising('within-1-hour');

describe.each(LOCALES)('with the fixture data (%s)', (locale) => {
  beforeEach(() => {
    page.locale = locale;
  });
  const realTime = RESPONSE_PROMISES['real-time'].phrase[locale];
  const withinHour = RESPONSE_PROMISES['within-1-hour'].phrase[locale];

  it('the fixture is in force', () => {
    expect(getChannel('phone').responseInStandardHours).toBe('within-1-hour');
    expect(getChannel('wechat').entry).toMatchObject({kind: 'scan', images: [{src: '/img/fixture-wechat.png'}]});
    expect(REAL_TIME).toContain('wechat');
    expect(WITHIN_HOUR).toContain('phone');
  });

  it('the live panel offers WeChat and names the new real-time and within-an-hour channels', () => {
    const panel = render(<ReachNow />);
    const listed = [...panel.querySelectorAll('[data-channel-status]')].map((badge) =>
      badge.getAttribute('data-channel-status'),
    );
    expect(listed).toEqual(CHANNELS.map((channel) => channel.id));
    expect(linkedChannels(elementWith(panel, 'li', realTime), locale)).toEqual(REAL_TIME);
    expect(linkedChannels(elementWith(panel, 'li', withinHour), locale)).toEqual(WITHIN_HOUR);
  });

  it('the FAQ page and its JSON-LD name the new channels', () => {
    const faq = render(<Faq />);
    const answer = faq.querySelector('[data-faq-entry="standard-hours"] [data-faq-answer]')!;
    const sentence = elementWith(answer as HTMLElement, 'p', realTime);
    expect(linkedChannels(sentence, locale)).toEqual([...REAL_TIME, ...WITHIN_HOUR]);
    // The real-time clause names WeChat; the phone now comes after the within-an-hour promise.
    const text = sentence.textContent!;
    expect(text.indexOf(getChannel('wechat').inText[locale])).toBeLessThan(text.indexOf(withinHour));
    expect(text.indexOf(getChannel('phone').inText[locale])).toBeGreaterThan(text.indexOf(withinHour));

    // The JSON-LD the build writes into the FAQ page's HTML (plugins/html-pass).
    const jsonLd = JSON.parse(
      JSON.stringify(
        PAGE_JSON_LD['/helpdesk/faq']!({
          locale,
          siteUrl: SITE_URL,
          pageUrl: `${SITE_URL}/helpdesk/faq`,
          calendar: EMPTY_CALENDAR,
        }),
      ),
    ) as {
      mainEntity: {url: string; acceptedAnswer: {text: string}}[];
    };
    const published = jsonLd.mainEntity.find((question) => question.url.endsWith('#standard-hours'))!.acceptedAnswer.text;
    expect(published.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
  });

  it('the contact page’s response section (the FAQ answer) follows too', () => {
    const section = render(<FaqAnswer id="standard-hours" />);
    expect(linkedChannels(elementWith(section, 'p', realTime), locale)).toEqual([...REAL_TIME, ...WITHIN_HOUR]);
  });

  it('the channel table shows the WeChat code instead of the "not published" note', () => {
    const table = render(<ChannelTable />);
    const row = table.querySelector('#channel-wechat')!;
    expect(row.querySelector('img')?.getAttribute('src')).toBe('/img/fixture-wechat.png');
    expect(row.querySelector('img')?.getAttribute('alt')).toBe(locale === 'en' ? 'Support WeChat QR code' : '客服微信二维码');
    expect(row.querySelector('[data-channel-status="wechat"]')).not.toBeNull();
  });

  it('the hours table lists WeChat under its schedule, and the contact page no longer calls it pending', () => {
    const wechat = getChannel('wechat');
    const hours = render(<ServiceHoursTable />);
    const row = [...hours.querySelectorAll('tbody tr')].find(
      (candidate) => candidate.querySelector('th')!.textContent === getSchedule(wechat.schedule).notation,
    )!;
    expect(row.textContent).toContain(wechat.label[locale]);
    expect(render(<PendingChannels />).innerHTML).toBe('');
  });
});

it('the policy file follows the fixture', () => {
  const policy = buildSupportPolicy('https://support.example.com', EMPTY_CALENDAR);
  expect(policy.channels.map((channel) => channel.id)).toContain('wechat');
  expect(policy.attendance.live).toContain('wechat');
  expect(policy.responsePromises.inStandardHours.realTime).toEqual(REAL_TIME);
  expect(policy.responsePromises.inStandardHours.withinOneHour).toEqual(WITHIN_HOUR);
  expect(FAQ.some((entry) => entry.id === 'standard-hours')).toBe(true);
});
