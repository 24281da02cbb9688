/**
 * Build-time checks of the support scope (src/data/scope.ts), called from
 * findProblems in ./validate.ts: each problem names the entry at fault.
 */
import {
  HELP_KINDS,
  HELP_KIND_TEXT,
  IMAGE_CHECK,
  IMAGE_KINDS,
  IMAGE_KIND_LABEL,
  ON_DEMAND_PURCHASE,
  OTHER_PROBLEM,
  OTHER_PROBLEM_TEXT,
  SCOPE_GROUP_IDS,
  SCOPE_GROUPS,
  SELF_SERVICE,
  type HelpKind,
  type HelpKindText,
  type ImageKind,
  type ScopeGroup,
  type ScopeGroupId,
  type ScopeItem,
} from '../../data/scope';
import {LOCALES, type Localized} from '../../data/types';

export interface ScopeData {
  groups: readonly ScopeGroup[];
  /** The ids each group must hold, in order. */
  groupIds: Record<ScopeGroupId, readonly string[]>;
  selfService: readonly ScopeItem[];
  texts: {
    other: typeof OTHER_PROBLEM_TEXT;
    imageKinds: Record<ImageKind, Localized>;
    imageCheck: Localized;
    helpKinds: Record<HelpKind, HelpKindText>;
    onDemandPurchase: typeof ON_DEMAND_PURCHASE;
  };
}

export const SCOPE: ScopeData = {
  groups: SCOPE_GROUPS,
  groupIds: SCOPE_GROUP_IDS,
  selfService: SELF_SERVICE,
  texts: {
    other: OTHER_PROBLEM_TEXT,
    imageKinds: IMAGE_KIND_LABEL,
    imageCheck: IMAGE_CHECK,
    helpKinds: HELP_KIND_TEXT,
    onDemandPurchase: ON_DEMAND_PURCHASE,
  },
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function localizedProblems(text: Localized | undefined, where: string): string[] {
  return LOCALES.filter((locale) => typeof text?.[locale] !== 'string' || text[locale].trim() === '').map(
    (locale) => `${where}: the ${locale} text is empty or missing`,
  );
}

function idProblems(ids: readonly string[], kind: string): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    const problems: string[] = [];
    if (seen.has(id)) {
      problems.push(`${kind} "${id}": the id is used more than once`);
    }
    seen.add(id);
    if (!ID.test(id)) {
      problems.push(`${kind} "${id}": ids must be lower-case ASCII words joined by hyphens`);
    }
    return problems;
  });
}

function itemProblems(item: ScopeItem, kind: string): string[] {
  return [
    ...localizedProblems(item.text, `${kind} "${item.id}"`),
    ...(item.to === undefined || item.to.startsWith('/')
      ? []
      : [`${kind} "${item.id}": "${item.to}" is not a path of this site`]),
  ];
}

function groupProblems(group: ScopeGroup, expectedIds: readonly string[] | undefined): string[] {
  const where = `scope group "${group.id}"`;
  const ids = group.items.map((item) => item.id);
  const problems = [
    ...localizedProblems(group.name, `${where} name`),
    ...localizedProblems(group.problemsLabel, `${where} problems label`),
    ...group.items.flatMap((item) => itemProblems(item, `${where} entry`)),
  ];
  if (!expectedIds) {
    problems.push(
      `${where}: not a group of SCOPE_GROUP_IDS in src/data/scope.ts (known: ${Object.keys(SCOPE_GROUP_IDS).join(', ')})`,
    );
  } else if (ids.join() !== expectedIds.join()) {
    const missing = expectedIds.filter((id) => !(ids as readonly string[]).includes(id));
    const extra = ids.filter((id) => !expectedIds.includes(id));
    problems.push(
      `${where}: the entries must be SCOPE_GROUP_IDS' ${expectedIds.join(', ')} in this order` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') +
        (extra.length ? `; not in SCOPE_GROUP_IDS ${extra.join(', ')}` : ''),
    );
  }
  return problems;
}

/** Every problem in the scope data, one line each; empty when it is sound. */
export function scopeProblems(scope: ScopeData): string[] {
  const {groups, groupIds, selfService, texts} = scope;
  const problemIds = groups.flatMap((group) => group.items.map((item) => item.id));
  return [
    ...idProblems(
      groups.map((group) => group.id),
      'scope group',
    ),
    ...idProblems([...problemIds, OTHER_PROBLEM], 'scope entry'),
    ...groups.flatMap((group) => groupProblems(group, groupIds[group.id])),
    ...(Object.keys(groupIds) as ScopeGroupId[])
      .filter((id) => !groups.some((group) => group.id === id))
      .map((id) => `scope group "${id}": missing`),
    ...idProblems(
      selfService.map((item) => item.id),
      'self-service channel',
    ),
    ...selfService.flatMap((item) => itemProblems(item, 'self-service channel')),
    ...localizedProblems(texts.other.option, `scope entry "${OTHER_PROBLEM}" option`),
    ...localizedProblems(texts.other.problemsLabel, `scope entry "${OTHER_PROBLEM}" problems label`),
    ...IMAGE_KINDS.flatMap((kind) => localizedProblems(texts.imageKinds[kind], `image kind "${kind}" label`)),
    ...localizedProblems(texts.imageCheck, 'image check'),
    ...HELP_KINDS.flatMap((kind) => {
      const text = texts.helpKinds[kind];
      return [
        ...localizedProblems(text?.name, `help kind "${kind}" name`),
        ...localizedProblems(text?.summary, `help kind "${kind}" summary`),
        ...(text?.cost ? localizedProblems(text.cost, `help kind "${kind}" cost`) : []),
      ];
    }),
    ...texts.onDemandPurchase.flatMap((way, index) => [
      ...localizedProblems(way.clouds, `on-demand purchase ${index + 1} clouds`),
      ...localizedProblems(way.how, `on-demand purchase ${index + 1} how`),
    ]),
  ];
}
