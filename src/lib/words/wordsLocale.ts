/**
 * Sentences written in code in both languages (calendarWords.ts, badgeWords.ts,
 * holidayTableWords.ts, calendarNotice.ts, formatTime.ts) choose their language with
 *
 *     (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
 *
 * Inside the site's bundles plugins/trim-bundle defines the variable as the
 * build's locale, so the test is a constant and the minifier drops the other
 * language's sentences: each page carries half the words. Where it is not
 * defined (unit tests, the build's Node side writing both languages into the
 * policy file) the argument decides; in a bundle the two agree, since pages pass
 * the locale they are built for. The test is written out where it is used: a
 * call to a shared function would not be inlined across chunks, and the other
 * language would stay.
 */
export const BUILD_LOCALE_VARIABLE = 'HELPDESK_BUILD_LOCALE';
