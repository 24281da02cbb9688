/**
 * The names of China's statutory holidays in both locales, keyed by the Chinese
 * name the calendar package uses (its English names read awkwardly: "Mid-autumn",
 * "Tomb-sweeping"). Dates never live here: they come from the package at build time,
 * or, for a year it lacks, from the law's rules (src/node/calendar/lawFixedDays.ts, which names
 * its days with these keys).
 *
 * When the package names a new holiday the build warns ("we have no wording
 * for …"): add it here, keyed by the package's Chinese name, in both languages.
 */
import type {Localized} from './types';

export const HOLIDAY_NAMES = {
  元旦: {'zh-Hans': '元旦', en: "New Year's Day"},
  春节: {'zh-Hans': '春节', en: 'Spring Festival'},
  清明: {'zh-Hans': '清明节', en: 'Tomb-Sweeping Day'},
  劳动节: {'zh-Hans': '劳动节', en: 'Labour Day'},
  端午: {'zh-Hans': '端午节', en: 'Dragon Boat Festival'},
  中秋: {'zh-Hans': '中秋节', en: 'Mid-Autumn Festival'},
  国庆节: {'zh-Hans': '国庆节', en: 'National Day'},
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: {
    'zh-Hans': '抗战胜利 70 周年纪念日',
    en: 'Victory Day (70th anniversary)',
  },
} as const satisfies Record<string, Localized>;
