/**
 * The rules every part of the helpdesk data shares, stated once as Joi schemas
 * (the library Docusaurus validates its own config and plugin options with), and
 * the one way a schema's errors become the build's messages. Build time and tests
 * only: plugins/helpdesk-data runs it, no page imports it.
 */
import BaseJoi, {type CustomHelpers, type ErrorReport, type Schema, type ValidationErrorItem} from 'joi';
import {LOCALES, type Localized} from '../../data/types';

/** Joi with one more type, `localized()`: a text in every locale of the site, none of them blank. */
export const Joi: BaseJoi.Root & {localized(): BaseJoi.ObjectSchema<Localized>} = BaseJoi.extend((joi: BaseJoi.Root) => ({
  type: 'localized',
  base: joi.object(),
  messages: {
    'localized.empty': 'the {#locale} text is empty or missing',
    'any.required': 'the texts are missing',
  },
  validate(value: Record<string, unknown>, helpers: CustomHelpers) {
    const errors = LOCALES.filter((locale) => typeof value[locale] !== 'string' || value[locale].trim() === '').map((locale) =>
      helpers.error('localized.empty', {locale}),
    );
    return {value, errors: errors.length > 0 ? (errors as ErrorReport[]) : undefined};
  },
}));

/** An id that is also a URL anchor or query value: lower-case ASCII words joined by hyphens. */
export const anchorId = Joi.string()
  .pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .messages({'string.pattern.base': 'ids must be lower-case ASCII words joined by hyphens'});

/** A list whose entries, `item`, each have their own id (`by` the key, or the entry itself). */
export function uniqueIds(item: Schema, by?: string): BaseJoi.ArraySchema {
  return Joi.array()
    .items(item)
    .unique(by)
    .messages({'array.unique': by === 'year' ? 'the year is listed more than once' : 'the id is used more than once'});
}

/**
 * How a message names the place of a problem, along the error's path:
 * - `lists`: a list's entries by their kind and their id ("channel "phone"", "MANUAL_CALENDAR 2030"),
 *   or their number when they have no id ("image 2"); kind '' leaves the entry out; `parent.list`
 *   names the list of one parent only;
 * - `fields`: a field by its words ("use case"), '' to leave it out; `parent.field` names a field
 *   of one parent only ("entry.label": "entry label"); a field not listed is named by its key;
 * - `records`: the entries of a record by their key ("help kind "on-demand"").
 */
export interface Naming {
  lists: Record<string, {kind: string; name?: (entry: never) => string}>;
  fields?: Record<string, string>;
  records?: Record<string, (key: string) => string>;
}

function placeOf(root: unknown, path: readonly (string | number)[], naming: Naming): string {
  const parts: string[] = [];
  const keys: string[] = [];
  let value = root as Record<string | number, unknown> | undefined;
  for (const key of path) {
    const next = value?.[key] as Record<string | number, unknown> | undefined;
    const [outer, parent] = [keys.at(-2), keys.at(-1) ?? ''];
    if (typeof key === 'number') {
      const {kind, name} = naming.lists[`${outer}.${parent}`] ?? naming.lists[parent] ?? {kind: parent};
      const id = typeof next === 'string' ? next : next?.id;
      const entry = name ? name(next as never) : typeof id === 'string' ? `"${id}"` : String(key + 1);
      parts.push(kind && `${kind} ${entry}`);
    } else {
      if (naming.records?.[parent]) {
        parts.push(naming.records[parent](key));
      } else if (!Array.isArray(next)) {
        parts.push(naming.fields?.[`${parent}.${key}`] ?? naming.fields?.[key] ?? key);
      }
      keys.push(key);
    }
    value = next;
  }
  return parts.filter(Boolean).join(' ');
}

/**
 * Every problem `schema` finds in `value`, one line each, starting with the place it is in:
 * "channel "phone" label: the en text is empty or missing".
 */
export function problemsOf(schema: Schema, value: unknown, naming: Naming): string[] {
  const {error} = schema.validate(value, {abortEarly: false, allowUnknown: true, errors: {wrap: {label: false}}});
  return (error?.details ?? []).map((detail: ValidationErrorItem) => {
    const place = placeOf(value, detail.path, naming);
    return place ? `${place}: ${detail.message}` : detail.message;
  });
}
