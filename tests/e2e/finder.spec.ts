/**
 * The support finder on /helpdesk/scope (ARCHITECTURE.md, "Support finder"), both
 * locales: every kind of answer through the form and through the URL, the URL
 * kept in step without new history entries, the copy-link, the keyboard, the
 * whole decision without JavaScript, axe with an answer shown, a 360 px screen,
 * no layout shift and a clean console. Expected values come from src/data.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {CHANNELS, POLICY_LINKS, RECOMMENDED_CHANNEL} from '../../src/data';
import {
  DECISION_TABLE_ANCHOR,
  FINDER_ANCHOR,
  HELP_KIND_TEXT,
  IMAGE_CHECK,
  IMAGE_KIND_LABEL,
  OTHER_PROBLEM_TEXT,
  SCOPE_GROUPS,
  SELF_SERVICE,
  type HelpKind,
  type ImageKind,
} from '../../src/data/scope';
import {channelPageHref, isUsable} from '../../src/lib/channels/channelEntry';
import {decisionTable} from '../../src/lib/finder/supportFinder';
import {
  COLOR_MODES,
  COPY_LINK_ANNOUNCEMENT,
  LOCALES,
  collectProblems,
  describeShifts,
  layoutShifts,
  localePath,
  normalize,
  recordLayoutShifts,
  shiftTotal,
  tabUntil,
  waitForHydration,
  withColorMode,
  type Locale,
} from './support';
import {getChannel} from '../../src/lib/lookup';

interface Case {
  image: ImageKind;
  problem: string;
  kind: HelpKind;
}

/** One choice per kind of answer, plus "not sure" where the image decides and where it does not. */
const CASES: readonly Case[] = [
  {image: 'paid', problem: 'server-login', kind: 'free-human'},
  {image: 'free', problem: 'http-error', kind: 'github-issue'},
  {image: 'paid', problem: 'smtp', kind: 'docs-guided'},
  {image: 'free', problem: 'other', kind: 'on-demand'},
  {image: 'paid', problem: 'business-features', kind: 'out-of-scope'},
  {image: 'unsure', problem: 'slow-access', kind: 'free-human'},
  {image: 'unsure', problem: 'database', kind: 'docs-guided'},
];

const query = ({image, problem}: Case) => `?image=${image}&problem=${problem}`;
const result = (page: Page) => page.locator('[data-support-result]');
const form = (page: Page) => page.locator('form[data-support-finder]');

/** The problem's text in the list, or "something else". */
function problemText(problem: string, locale: Locale): string {
  const item = SCOPE_GROUPS.flatMap((group) => group.items).find((candidate) => candidate.id === problem);
  return item ? item.text[locale] : OTHER_PROBLEM_TEXT.option[locale];
}

async function choose(page: Page, {image, problem}: Case, locale: Locale): Promise<void> {
  await form(page).getByRole('radio', {name: IMAGE_KIND_LABEL[image][locale], exact: true}).check();
  await form(page).getByRole('combobox').selectOption(problem);
}

/** What the answer of each kind must offer, read from the data. */
async function expectAnswer(answer: Locator, kind: HelpKind, locale: Locale): Promise<void> {
  await expect(answer).toHaveAttribute('data-kind', kind);
  await expect(answer).toContainText(HELP_KIND_TEXT[kind].name[locale]);
  await expect(answer).toContainText(HELP_KIND_TEXT[kind].summary[locale]);
  const onDemand = answer.locator(`a[href="${localePath('/helpdesk/on-demand', locale)}"]`);
  switch (kind) {
    case 'free-human': {
      await expect(
        answer.locator(`a[href="${channelPageHref(getChannel(RECOMMENDED_CHANNEL), locale)}"]`).first(),
      ).toBeVisible();
      // Who is reachable now: a live badge per usable channel, settled after hydration.
      for (const channel of CHANNELS) {
        await expect(answer.locator(`[data-channel-status="${channel.id}"]`)).toHaveCount(isUsable(channel) ? 1 : 0);
      }
      await expect(answer.locator(`[data-channel-status="${RECOMMENDED_CHANNEL}"]`)).toHaveAttribute(
        'data-state',
        /^(open|closed)$/,
      );
      break;
    }
    case 'github-issue':
      await expect(answer.locator(`a[href="${POLICY_LINKS.github}"]`)).toBeVisible();
      await expect(onDemand).toBeVisible();
      break;
    case 'docs-guided':
      await expect(onDemand).toBeVisible();
      break;
    case 'on-demand':
      await expect(answer.locator(`a[href="${POLICY_LINKS.sop}"]`)).toBeVisible();
      await expect(answer.locator(`a[href^="${localePath('/helpdesk/on-demand', locale)}#"]`)).toBeVisible();
      await expect(answer.locator(`a[href="${localePath('/helpdesk/contact', locale)}"]`)).toBeVisible();
      break;
    case 'out-of-scope':
      await expect(onDemand).toHaveCount(0);
      await expect(answer.locator('[data-channel-status]')).toHaveCount(0);
      break;
  }
}

/** What "not sure" adds: how to tell, and the answer for each image where they differ. */
async function expectUnsure(answer: Locator, testCase: Case, locale: Locale): Promise<void> {
  await expect(answer).toContainText(IMAGE_CHECK[locale]);
  if (testCase.kind === 'free-human') {
    await expect(answer).toContainText(HELP_KIND_TEXT['github-issue'].name[locale]);
    await expect(answer.locator(`a[href="${POLICY_LINKS.github}"]`)).toBeVisible();
  }
}

for (const locale of LOCALES) {
  const scope = localePath('/helpdesk/scope', locale);

  test.describe(`${scope} support finder`, () => {
    test('the server HTML holds the form and an answer region without an answer', async ({request}) => {
      const bare = await (await request.get(scope)).text();
      expect(bare).toContain('data-support-finder');
      expect(bare).toMatch(/data-support-result/);
      expect(bare).not.toMatch(/data-support-result[^>]*data-kind|data-kind[^>]*data-support-result/);
      expect(bare).toMatch(new RegExp(`id="?${FINDER_ANCHOR}[" >]`));
    });

    for (const testCase of CASES) {
      test(`form: ${testCase.image} + ${testCase.problem} → ${testCase.kind}, kept in the URL without new history entries`, async ({
        page,
      }) => {
        await page.goto(scope);
        await waitForHydration(page);
        const historyLength = await page.evaluate(() => history.length);
        await expect(result(page)).not.toHaveAttribute('data-kind');
        await choose(page, testCase, locale);
        await expectAnswer(result(page), testCase.kind, locale);
        if (testCase.image === 'unsure') {
          await expectUnsure(result(page), testCase, locale);
        }
        await expect(page).toHaveURL(
          (url) => url.pathname === scope && url.search === query(testCase) && url.hash === `#${FINDER_ANCHOR}`,
        );
        // Change it again: the URL follows, the history does not grow.
        await form(page).getByRole('radio', {name: IMAGE_KIND_LABEL.free[locale], exact: true}).check();
        await expect(page).toHaveURL((url) => url.searchParams.get('image') === 'free');
        await form(page).getByRole('radio', {name: IMAGE_KIND_LABEL[testCase.image][locale], exact: true}).check();
        await expect(page).toHaveURL((url) => url.search === query(testCase));
        expect(await page.evaluate(() => history.length)).toBe(historyLength);
      });

      test(`URL: ${query(testCase)} shows ${testCase.kind} and the choice in the form`, async ({page}) => {
        await page.goto(`${scope}${query(testCase)}#${FINDER_ANCHOR}`);
        await waitForHydration(page);
        await expectAnswer(result(page), testCase.kind, locale);
        if (testCase.image === 'unsure') {
          await expectUnsure(result(page), testCase, locale);
        }
        await expect(
          form(page).getByRole('radio', {name: IMAGE_KIND_LABEL[testCase.image][locale], exact: true}),
        ).toBeChecked();
        await expect(form(page).getByRole('combobox')).toHaveValue(testCase.problem);
        await expect(form(page).getByRole('combobox').locator('option:checked')).toHaveText(
          problemText(testCase.problem, locale),
        );
      });
    }

    test('a URL with unknown values shows no answer and no error', async ({page, baseURL}) => {
      const {problems} = collectProblems(page, new URL(baseURL!).origin);
      await page.goto(`${scope}?image=gold&problem=%3Cscript%3E#${FINDER_ANCHOR}`);
      await waitForHydration(page);
      await expect(result(page)).not.toHaveAttribute('data-kind');
      await expect(form(page).getByRole('combobox')).toHaveValue('');
      expect(problems).toEqual([]);
    });

    test('the answer is a polite live region that exists before the answer', async ({page}) => {
      await page.goto(scope);
      await waitForHydration(page);
      await expect(result(page)).toHaveAttribute('aria-live', 'polite');
      await expect(form(page).locator('fieldset legend')).toHaveCount(1);
      await expect(form(page).getByRole('radiogroup').or(form(page).locator('fieldset'))).toHaveCount(1);
      await expect(form(page).getByRole('combobox')).toHaveAccessibleName(/\S/);
    });

    test('copy link copies the answer’s URL and announces it', async ({page, context, baseURL}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(scope);
      await waitForHydration(page);
      await expect(page.locator(`[data-copy-link="${FINDER_ANCHOR}"]`)).toHaveCount(0);
      const testCase = CASES[1]!;
      await choose(page, testCase, locale);
      await page.locator(`[data-copy-link="${FINDER_ANCHOR}"]`).click();
      await expect(page.getByRole('status')).toHaveText(COPY_LINK_ANNOUNCEMENT[locale]);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL}${scope}${query(testCase)}#${FINDER_ANCHOR}`,
      );
    });

    test('works from the keyboard alone', async ({page, context, baseURL}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(scope);
      await waitForHydration(page);
      await tabUntil(page, 'form[data-support-finder] input[type=radio]');
      // Arrow keys move through the radios and check the one they land on.
      await page.keyboard.press('ArrowRight');
      await expect(form(page).locator('input[value="free"]')).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(form(page).getByRole('combobox')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const first = SCOPE_GROUPS[0]!.items[0]!.id;
      await expect(form(page).getByRole('combobox')).toHaveValue(first);
      await expect(result(page)).toHaveAttribute('data-kind', 'github-issue');
      await tabUntil(page, `[data-copy-link="${FINDER_ANCHOR}"]`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${baseURL}${scope}?image=free&problem=${first}#${FINDER_ANCHOR}`);
    });

    test('fits a 360 px screen with every answer, without horizontal scrolling', async ({page}) => {
      // Many page loads: on a loaded machine they take longer than the default timeout.
      test.slow();
      await page.setViewportSize({width: 360, height: 780});
      for (const testCase of CASES) {
        await page.goto(`${scope}${query(testCase)}#${FINDER_ANCHOR}`);
        await waitForHydration(page);
        await expect(result(page)).toHaveAttribute('data-kind', testCase.kind);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${query(testCase)} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
      }
    });

    test('an answer read from the URL shifts nothing in the page content', async ({page}) => {
      // Many page loads: on a loaded machine they take longer than the default timeout.
      test.slow();
      await recordLayoutShifts(page);
      for (const viewport of [
        {width: 1280, height: 800},
        {width: 360, height: 780},
      ]) {
        await page.setViewportSize(viewport);
        for (const testCase of CASES) {
          await page.goto(`${scope}${query(testCase)}#${FINDER_ANCHOR}`);
          await waitForHydration(page);
          await expect(result(page)).toHaveAttribute('data-kind', testCase.kind);
          // The answer's live badges settle after they mount; shifts are read once they have (after the next paint).
          await expect(result(page).locator('[data-channel-status][data-state="unknown"]')).toHaveCount(0);
          // Shifts that move page content; the visitor's own clicks are not counted.
          const shifts = (await layoutShifts(page)).filter(
            (shift) => !shift.hadRecentInput && shift.moved.some((moved) => moved.inMain),
          );
          expect(shiftTotal(shifts), `${viewport.width} px, ${query(testCase)}:\n${describeShifts(shifts)}`).toBe(0);
        }
      }
    });

    test('choosing keeps the page below the answer in place', async ({page}) => {
      // Many page loads: on a loaded machine they take longer than the default timeout.
      test.slow();
      await page.setViewportSize({width: 1280, height: 800});
      await page.goto(scope);
      await waitForHydration(page);
      const next = page.locator('h2[id="free-human-service"]');
      const before = (await next.boundingBox())!.y;
      for (const testCase of CASES.filter((candidate) => candidate.image !== 'unsure')) {
        await choose(page, testCase, locale);
        await expect(result(page)).toHaveAttribute('data-kind', testCase.kind);
        expect((await next.boundingBox())!.y, `${query(testCase)}`).toBe(before);
      }
    });

    test('a clean console through URL answers and choices', async ({page, baseURL}) => {
      // Many page loads: on a loaded machine they take longer than the default timeout.
      test.slow();
      const {problems, all} = collectProblems(page, new URL(baseURL!).origin);
      await page.goto(`${scope}${query(CASES[0]!)}#${FINDER_ANCHOR}`);
      await waitForHydration(page);
      await expect(result(page)).toHaveAttribute('data-kind', CASES[0]!.kind);
      for (const testCase of CASES) {
        await choose(page, testCase, locale);
        await expect(result(page)).toHaveAttribute('data-kind', testCase.kind);
      }
      await page.waitForLoadState('networkidle');
      expect(problems, all.join('\n')).toEqual([]);
    });

    for (const mode of COLOR_MODES) {
      for (const testCase of [CASES[0]!, CASES[3]!, CASES[5]!]) {
        test(`axe finds nothing with ${query(testCase)} answered (${mode})`, async ({page}) => {
          // axe alone takes over 10 s on a loaded machine.
          test.slow();
          await page.emulateMedia({colorScheme: mode});
          await page.goto(withColorMode(`${scope}${query(testCase)}`, mode));
          await waitForHydration(page);
          await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
          await expect(result(page)).toHaveAttribute('data-kind', testCase.kind);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({page})
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          const found = results.violations.flatMap((violation) =>
            violation.nodes.map(
              (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
            ),
          );
          expect(found).toEqual([]);
        });
      }
    }
  });

  test.describe(`${scope} without JavaScript`, () => {
    test.use({javaScriptEnabled: false});

    test('shows the whole decision as a table, and the form cannot be used', async ({page}) => {
      await page.goto(`${scope}${query(CASES[0]!)}`);
      const table = page.locator(`h2[id="${DECISION_TABLE_ANCHOR}"] ~ table[data-support-decision]`);
      await expect(table).toBeVisible();
      const rows = table.locator('tbody > tr');
      const expected = decisionTable();
      await expect(rows).toHaveCount(expected.length);
      for (const [index, row] of expected.entries()) {
        const shown = rows.nth(index);
        await expect(shown).toHaveAttribute('data-problem-kind', row.problemKind);
        const cells = shown.locator('td');
        await expect(cells.nth(0)).toHaveAttribute('data-kind', row.paid);
        await expect(cells.nth(0)).toContainText(HELP_KIND_TEXT[row.paid].name[locale]);
        await expect(cells.nth(1)).toHaveAttribute('data-kind', row.free);
        await expect(cells.nth(1)).toContainText(HELP_KIND_TEXT[row.free].name[locale]);
      }
      await expect(table.locator('thead th')).toHaveText([/\S/, IMAGE_KIND_LABEL.paid[locale], IMAGE_KIND_LABEL.free[locale]]);
      // The finder says where the answers are, and offers nothing that would not work.
      await expect(result(page)).not.toHaveAttribute('data-kind');
      await expect(result(page).locator(`a[href="#${DECISION_TABLE_ANCHOR}"]`)).toBeVisible();
      for (const radio of await form(page).getByRole('radio').all()) {
        await expect(radio).toBeDisabled();
      }
      await expect(form(page).getByRole('radio')).toHaveCount(3);
      await expect(form(page).getByRole('combobox')).toBeDisabled();
    });

    test('lists the scope from the data, and the human channels a customer can use', async ({page}) => {
      await page.goto(scope);
      for (const group of SCOPE_GROUPS) {
        const list = page.locator(`h2[id="${group.anchor}"] ~ ul`).first();
        await expect(list.locator('> li')).toHaveText(group.items.map((item) => item.text[locale]));
      }
      await expect(page.locator('h3[id="self-service"] + p + ul > li')).toHaveText(
        SELF_SERVICE.map((item) => item.text[locale]),
      );
      const human = page.locator('h3[id="human-service"] + p + ul');
      const usable = CHANNELS.filter(isUsable);
      await expect(human.locator('> li')).toHaveText(usable.map((channel) => channel.label[locale]));
      for (const channel of usable) {
        const href = channelPageHref(channel, locale);
        if (href) await expect(human.locator(`a[href="${href}"]`)).toHaveCount(1);
      }
      expect(normalize(await page.locator('main').innerText())).not.toMatch(/旺旺|Wangwang/i);
    });
  });
}
