/** Reading raw HTML without a browser. */

/**
 * Attributes of every start tag in raw HTML that carries `attribute`; works on
 * minified HTML whose attribute values are unquoted.
 */
export function tagsWithAttribute(html: string, attribute: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  const tagPattern = /<[a-zA-Z][\w-]*\s([^<>]*)>/g;
  for (const tag of html.matchAll(tagPattern)) {
    const attributes: Record<string, string> = {};
    const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    for (const match of (tag[1] ?? '').matchAll(attributePattern)) {
      const name = match[1]!.toLowerCase();
      attributes[name] = match[2] ?? match[3] ?? match[4] ?? '';
    }
    if (attribute in attributes) {
      tags.push(attributes);
    }
  }
  return tags;
}
