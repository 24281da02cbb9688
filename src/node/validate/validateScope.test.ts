/**
 * The scope checks: the real scope passes, and a copy broken in one place is
 * caught with a message that names the entry.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS} from '../../data/channels';
import {CLOSURES, MANUAL_CALENDAR} from '../../data/closures';
import {FAQ_IDS} from '../../data/faq';
import {SCHEDULES} from '../../data/hours';
import {findProblems} from './validate';
import {SCOPE, scopeProblems, type ScopeData} from './validateScope';

type Mutable<T> = {-readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K]};

function brokenCopy(): Mutable<ScopeData> {
  return structuredClone(SCOPE) as Mutable<ScopeData>;
}

function groupOf(scope: Mutable<ScopeData>, id: string) {
  const group = scope.groups.find((candidate) => candidate.id === id);
  if (!group) throw new Error(`no group "${id}"`);
  return group;
}

describe('the real scope', () => {
  it('has no problems, alone and within findProblems', () => {
    expect(scopeProblems(SCOPE)).toEqual([]);
    expect(
      findProblems({
        schedules: SCHEDULES,
        channels: CHANNELS,
        faqIds: FAQ_IDS,
        closures: CLOSURES,
        manualCalendar: MANUAL_CALENDAR,
      }),
    ).toEqual([]);
  });
});

describe('scopeProblems names the broken entry', () => {
  it('a problem id used twice', () => {
    const scope = brokenCopy();
    groupOf(scope, 'documentation-guided').items[1]!.id = 'server-login' as never;
    expect(scopeProblems(scope)).toEqual([
      'scope entry "server-login": the id is used more than once',
      'scope group "documentation-guided": the entries must be SCOPE_GROUP_IDS\' install-website, smtp, database, web-server-config, app-config-files, ftp, https-domain, upgrade-backup-migration, performance-cdn-storage, linux-commands, vulnerability-alerts in this order; missing smtp; not in SCOPE_GROUP_IDS server-login',
    ]);
  });

  it('a missing translation', () => {
    const scope = brokenCopy();
    groupOf(scope, 'free-human').items[2]!.text.en = ' ';
    scope.selfService[0]!.text['zh-Hans'] = '';
    expect(scopeProblems(scope)).toEqual([
      'scope group "free-human" entry "server-login": the en text is empty or missing',
      'self-service channel "faq": the zh-Hans text is empty or missing',
    ]);
  });

  it('a missing entry', () => {
    const scope = brokenCopy();
    groupOf(scope, 'free-human').items.pop();
    expect(scopeProblems(scope)).toEqual([
      expect.stringMatching(/^scope group "free-human": .*; missing service-start-failure$/),
    ]);
  });

  it('an id that is not a URL value', () => {
    const scope = brokenCopy();
    groupOf(scope, 'out-of-scope').items[0]!.id = 'Business Features' as never;
    expect(scopeProblems(scope)).toContain(
      'scope entry "Business Features": ids must be lower-case ASCII words joined by hyphens',
    );
  });

  it('texts of the answers', () => {
    const scope = brokenCopy();
    scope.texts.helpKinds['on-demand'].summary.en = '';
    scope.texts.imageKinds.free['zh-Hans'] = '';
    scope.texts.onDemandPurchase[1]!.how.en = '';
    expect(scopeProblems(scope)).toEqual([
      'image kind "free" label: the zh-Hans text is empty or missing',
      'help kind "on-demand" summary: the en text is empty or missing',
      'on-demand purchase 2 how: the en text is empty or missing',
    ]);
  });

  it('a self-service link that leaves the site', () => {
    const scope = brokenCopy();
    scope.selfService[0]!.to = 'https://example.com/faq';
    expect(scopeProblems(scope)).toEqual(['self-service channel "faq": "https://example.com/faq" is not a path of this site']);
  });
});
