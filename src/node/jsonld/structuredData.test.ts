import {describe, expect, it} from 'vitest';
import {CHANNELS, FAQ, LOCALES} from '../../data';
import {calendarFor, rangeDates} from '../../lib/calendar/calendar';
import {FIXTURE_CALENDAR, FIXTURE_LAW_SOURCE} from '../../lib/calendar/calendar.fixture';
import {lawFixedRanges, loadCalendar, readChineseDays} from '../calendar/calendarSource';
import {blocksText} from '../../lib/words/richText';
import {faqPageJsonLd} from './faqJsonLd';
import {contactPoint, openingHours, organizationJsonLd, serializeJsonLd} from './structuredData';
import {getSchedule} from '../../lib/lookup';

const SITE = 'https://support.example.com';

/** The JSON a crawler reads, typed as far as the test looks. */
function asJson<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('opening hours', () => {
  it('writes a working day as schema.org weekdays with opens and closes', () => {
    expect(openingHours(getSchedule('5x8'))).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [
          'https://schema.org/Monday',
          'https://schema.org/Tuesday',
          'https://schema.org/Wednesday',
          'https://schema.org/Thursday',
          'https://schema.org/Friday',
        ],
        opens: '08:00',
        closes: '17:30',
      },
    ]);
  });

  it('writes round-the-clock as 00:00–23:59 every day, since schema.org has no 24:00', () => {
    const [hours] = openingHours(getSchedule('7x24'));
    expect(hours).toMatchObject({opens: '00:00', closes: '23:59'});
    expect(asJson<{dayOfWeek: string[]}>(hours).dayOfWeek).toHaveLength(7);
  });
});

describe('dated exceptions to the opening hours', () => {
  const hours = (id: '5x8' | '7x24', closures = FIXTURE_CALENDAR.closures) =>
    asJson<{validFrom?: string; validThrough?: string; opens: string; closes: string; dayOfWeek?: string}[]>(
      openingHours(getSchedule(id), FIXTURE_CALENDAR, closures),
    );

  it('closes an observing schedule on each statutory holiday range (opens = closes = 00:00)', () => {
    const closed = hours('5x8', []).filter((spec) => spec.validFrom && spec.opens === '00:00' && spec.closes === '00:00');
    expect(closed.map((spec) => [spec.validFrom, spec.validThrough])).toEqual(
      FIXTURE_CALENDAR.holidays.map((range) => [range.from, range.to]),
    );
  });

  it('opens it on make-up working days with its own hours and the right weekday', () => {
    const makeUp = hours('5x8', []).filter((spec) => spec.validFrom && spec.opens !== '00:00');
    expect(makeUp.map((spec) => spec.validFrom)).toEqual(FIXTURE_CALENDAR.workdays.map((range) => range.from));
    expect(makeUp[0]).toMatchObject({dayOfWeek: 'https://schema.org/Sunday', opens: '08:00', closes: '17:30'}); // 2030-01-27
  });

  it('closes it on the days of a law-fixed year too, with no make-up days for that year', () => {
    const calendar = calendarFor(FIXTURE_LAW_SOURCE, 'en');
    const specs = asJson<{validFrom?: string; validThrough?: string; opens: string}[]>(
      openingHours(getSchedule('5x8'), calendar, []),
    ).filter((spec) => spec.validFrom?.startsWith('2031-'));
    expect(specs.map((spec) => [spec.validFrom, spec.validThrough, spec.opens])).toEqual(
      FIXTURE_LAW_SOURCE.holidays
        .filter((range) => range.from.startsWith('2031-'))
        .map((range) => [range.from, range.to, '00:00']),
    );
  });

  it('closes it on every day the law fixes in the year after the package’s last (real data)', () => {
    const latest = Array.from({length: 60}, (_, index) => 2000 + index)
      .filter((year) => readChineseDays(year))
      .at(-1)!;
    const {calendar} = loadCalendar([latest, latest + 1], {manual: []});
    const closedDays = asJson<{validFrom?: string; validThrough?: string; opens: string; closes: string}[]>(
      openingHours(getSchedule('7x8'), calendarFor(calendar, 'zh-Hans'), []),
    )
      .filter((spec) => spec.validFrom && spec.opens === '00:00' && spec.closes === '00:00')
      .flatMap((spec) => rangeDates({from: spec.validFrom!, to: spec.validThrough!}))
      .filter((date) => date.startsWith(`${latest + 1}-`));
    expect(closedDays).toEqual(lawFixedRanges(latest + 1).flatMap(rangeDates));
  });

  it('leaves a schedule that ignores holidays with its weekly hours and the closures only', () => {
    expect(hours('7x24', []).filter((spec) => spec.validFrom)).toEqual([]);
    expect(
      hours('7x24')
        .filter((spec) => spec.validFrom)
        .map((spec) => spec.validFrom),
    ).toEqual(FIXTURE_CALENDAR.closures.map((closure) => closure.from));
  });
});

describe('Organization JSON-LD', () => {
  for (const locale of LOCALES) {
    it(`has a contact point for every channel with a link, in ${locale}`, () => {
      const organization = asJson<{contactPoint: {name: string}[]; url: string}>(
        organizationJsonLd(locale, SITE, FIXTURE_CALENDAR),
      );
      expect(organization.url).toBe(SITE);
      const expected = CHANNELS.filter((channel) => channel.entry.kind !== 'scan').map((channel) => channel.label[locale]);
      expect(organization.contactPoint.map((point) => point.name)).toEqual(expected);
    });
  }

  it('gives the phone channel its E.164 number and the email channel its address', () => {
    const phone = CHANNELS.find((channel) => channel.entry.kind === 'phone')!;
    const email = CHANNELS.find((channel) => channel.entry.kind === 'email')!;
    expect(contactPoint(phone, 'en')).toMatchObject({telephone: phone.entry.kind === 'phone' && phone.entry.e164});
    expect(contactPoint(email, 'en')).toMatchObject({email: email.entry.kind === 'email' && email.entry.address});
  });

  it('leaves out a channel that is scanned, which has nothing to dial or open', () => {
    const wechat = CHANNELS.find((channel) => channel.entry.kind === 'scan')!;
    expect(contactPoint(wechat, 'zh-Hans')).toBeNull();
  });
});

describe('FAQPage JSON-LD', () => {
  for (const locale of LOCALES) {
    it(`carries every question and its plain-text answer in ${locale}`, () => {
      const page = asJson<{mainEntity: {name: string; url: string; acceptedAnswer: {text: string}}[]}>(
        faqPageJsonLd(locale, `${SITE}/helpdesk/faq`),
      );
      expect(page.mainEntity.map((question) => question.name)).toEqual(FAQ.map((entry) => entry.question[locale]));
      expect(page.mainEntity.map((question) => question.acceptedAnswer.text)).toEqual(
        FAQ.map((entry) => blocksText(entry.answer[locale], locale)),
      );
      expect(page.mainEntity.map((question) => question.url)).toEqual(FAQ.map((entry) => `${SITE}/helpdesk/faq#${entry.id}`));
    });
  }
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd({text: '</script><script>alert(1)</script>'});
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({text: '</script><script>alert(1)</script>'});
  });
});
