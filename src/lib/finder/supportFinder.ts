/**
 * The support finder's decision: which image and which problem lead to which
 * kind of help (ARCHITECTURE.md, "Support finder"), and the URL query that holds the
 * choice. Pure; the scope groups are a parameter so tests can use fixtures.
 */
import {
  IMAGE_KINDS,
  OTHER_PROBLEM,
  type FinderProblemId,
  type HelpKind,
  type ImageKind,
  type ScopeGroup,
  type ScopeGroupId,
} from '../../data/scope';

/** A kind of problem as the decision sees it: a scope group, or none of them. */
export type ProblemKind = ScopeGroupId | typeof OTHER_PROBLEM;

export interface FinderChoice {
  image: ImageKind | null;
  problem: FinderProblemId | null;
}

export const NO_CHOICE: FinderChoice = {image: null, problem: null};

/** The help for a kind of problem with a paid or a free image: one cell of the decision table. */
export function helpFor(problemKind: ProblemKind, image: 'paid' | 'free'): HelpKind {
  switch (problemKind) {
    case 'free-human':
      return image === 'paid' ? 'free-human' : 'github-issue';
    case 'documentation-guided':
      return 'docs-guided';
    case 'out-of-scope':
      return 'out-of-scope';
    case OTHER_PROBLEM:
      return 'on-demand';
  }
}

/** The kind of `problem`, or null when no group lists it. */
export function problemKindOf(problem: string, groups: readonly ScopeGroup[]): ProblemKind | null {
  if (problem === OTHER_PROBLEM) {
    return OTHER_PROBLEM;
  }
  return groups.find((group) => group.items.some((item) => item.id === problem))?.id ?? null;
}

export interface Answer {
  kind: HelpKind;
  problemKind: ProblemKind;
  /** Set when the image is not known and decides the help: what a paid and a free image get. */
  byImage: {paid: HelpKind; free: HelpKind} | null;
  /** Whether to explain how to tell a paid image from a free one. */
  explainImage: boolean;
}

/**
 * The answer to a choice, or null until a known problem is chosen. Without a
 * known image, a problem whose help depends on it is answered for both kinds,
 * under the kind of its list (`free-human`).
 */
export function answerFor(choice: FinderChoice, groups: readonly ScopeGroup[]): Answer | null {
  const problemKind = choice.problem && problemKindOf(choice.problem, groups);
  if (!problemKind) {
    return null;
  }
  const paid = helpFor(problemKind, 'paid');
  const free = helpFor(problemKind, 'free');
  const image = choice.image === 'paid' || choice.image === 'free' ? choice.image : null;
  if (image) {
    return {kind: helpFor(problemKind, image), problemKind, byImage: null, explainImage: false};
  }
  return {kind: paid, problemKind, byImage: paid === free ? null : {paid, free}, explainImage: true};
}

/** Every kind of problem with its help for a paid and a free image: the whole decision as a table. */
export function decisionTable(): {problemKind: ProblemKind; paid: HelpKind; free: HelpKind}[] {
  const kinds: ProblemKind[] = ['free-human', 'documentation-guided', 'out-of-scope', OTHER_PROBLEM];
  return kinds.map((problemKind) => ({problemKind, paid: helpFor(problemKind, 'paid'), free: helpFor(problemKind, 'free')}));
}

/** The choice a URL query holds; unknown values count as not chosen. */
export function choiceFromQuery(search: string, groups: readonly ScopeGroup[]): FinderChoice {
  const params = new URLSearchParams(search);
  const image = params.get('image');
  const problem = params.get('problem');
  return {
    image: (IMAGE_KINDS as readonly string[]).includes(image ?? '') ? (image as ImageKind) : null,
    problem: problem !== null && problemKindOf(problem, groups) ? (problem as FinderProblemId) : null,
  };
}

/**
 * `search` with the choice written into it (`?image=paid&problem=server-login`);
 * other parameters stay, a field not chosen is left out.
 */
export function queryWithChoice(search: string, choice: FinderChoice): string {
  const params = new URLSearchParams(search);
  for (const field of ['image', 'problem'] as const) {
    const value = choice[field];
    if (value) {
      params.set(field, value);
    } else {
      params.delete(field);
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
