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
import type {CustomHelpers} from 'joi';
import type {Localized} from '../../data/types';
import {Joi, anchorId, problemsOf, uniqueIds, type Naming} from './validateSchema';

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

/** A text of the scope page: both languages, and a link only to a page of this site. */
const item = Joi.object<ScopeItem>({
  text: Joi.localized().required(),
  to: Joi.string().pattern(/^\//).messages({'*': '"{#value}" is not a path of this site'}),
});

function group(groupIds: ScopeData['groupIds']) {
  return Joi.object<ScopeGroup>({
    id: anchorId,
    name: Joi.localized().required(),
    problemsLabel: Joi.localized().required(),
    items: Joi.array().items(item),
  })
    .custom((value: ScopeGroup, helpers: CustomHelpers) => {
      const expected: readonly string[] | undefined = groupIds[value.id];
      if (!expected) {
        return helpers.error('group.unknown', {known: Object.keys(groupIds).join(', ')});
      }
      const ids: readonly string[] = value.items.map((entry) => entry.id);
      if (ids.join() === expected.join()) {
        return value;
      }
      const missing = expected.filter((id) => !ids.includes(id));
      const extra = ids.filter((id) => !expected.includes(id));
      return helpers.error('group.entries', {
        expected: expected.join(', '),
        differences:
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (extra.length ? `; not in SCOPE_GROUP_IDS ${extra.join(', ')}` : ''),
      });
    })
    .messages({
      'group.unknown': 'not a group of SCOPE_GROUP_IDS in src/data/scope.ts (known: {#known})',
      'group.entries': "the entries must be SCOPE_GROUP_IDS' {#expected} in this order{#differences}",
    });
}

const NAMING: Naming = {
  lists: {
    groups: {kind: 'scope group'},
    items: {kind: 'entry'},
    problemIds: {kind: 'scope entry'},
    selfService: {kind: 'self-service channel'},
    onDemandPurchase: {kind: 'on-demand purchase'},
  },
  fields: {
    id: '',
    text: '',
    to: '',
    problemsLabel: 'problems label',
    texts: '',
    other: `scope entry "${OTHER_PROBLEM}"`,
    imageKinds: '',
    imageCheck: 'image check',
    helpKinds: '',
  },
  records: {
    imageKinds: (kind) => `image kind "${kind}" label`,
    helpKinds: (kind) => `help kind "${kind}"`,
  },
};

/** Every problem in the scope data, one line each; empty when it is sound. */
export function scopeProblems(scope: ScopeData): string[] {
  const {groups, groupIds, selfService, texts} = scope;
  const schema = Joi.object({
    // Every problem of every group, and "other", is a value of the finder's URL query.
    problemIds: uniqueIds(anchorId),
    groups: uniqueIds(group(groupIds), 'id')
      .custom((value: readonly ScopeGroup[], helpers: CustomHelpers) => {
        const missing = Object.keys(groupIds).filter((id) => !value.some((entry) => entry.id === id));
        return missing.length > 0 ? helpers.error('groups.missing', {ids: missing.join('", "')}) : value;
      })
      .messages({'groups.missing': 'scope group "{#ids}": missing'}),
    selfService: uniqueIds(item.keys({id: anchorId}), 'id'),
    texts: Joi.object({
      other: Joi.object({option: Joi.localized().required(), problemsLabel: Joi.localized().required()}),
      imageKinds: Joi.object(Object.fromEntries(IMAGE_KINDS.map((kind) => [kind, Joi.localized().required()]))),
      imageCheck: Joi.localized().required(),
      helpKinds: Joi.object(
        Object.fromEntries(
          HELP_KINDS.map((kind) => [
            kind,
            Joi.object<HelpKindText>({
              name: Joi.localized().required(),
              cost: Joi.localized(),
              summary: Joi.localized().required(),
            }).required(),
          ]),
        ),
      ),
      onDemandPurchase: Joi.array().items(Joi.object({clouds: Joi.localized().required(), how: Joi.localized().required()})),
    }),
  });
  const problemIds = [...groups.flatMap((entry) => entry.items.map((scopeItem) => scopeItem.id)), OTHER_PROBLEM];
  return problemsOf(schema, {problemIds, groups, selfService, texts}, NAMING);
}
