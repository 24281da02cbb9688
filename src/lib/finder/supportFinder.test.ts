/**
 * The finder's decision on fixture scope groups (not the real lists), so that
 * each test shows the rule, not today's data.
 */
import {describe, expect, it} from 'vitest';
import type {FinderProblemId, ScopeGroup} from '../../data/scope';
import {answerFor, choiceFromQuery, decisionTable, problemKindOf, queryWithChoice, type FinderChoice} from './supportFinder';

const text = (words: string) => ({'zh-Hans': words, en: words});

/** Two free-human problems, one documentation task, the out-of-scope line; ids cast as the lists are fixtures. */
const GROUPS = [
  {
    id: 'free-human',
    anchor: 'free',
    name: text('free'),
    problemsLabel: text('free list'),
    items: [
      {id: 'fixture-login', text: text('login')},
      {id: 'fixture-crash', text: text('crash')},
    ],
  },
  {
    id: 'documentation-guided',
    anchor: 'docs',
    name: text('docs'),
    problemsLabel: text('docs list'),
    items: [{id: 'fixture-smtp', text: text('smtp')}],
  },
  {
    id: 'out-of-scope',
    anchor: 'out',
    name: text('out'),
    problemsLabel: text('out list'),
    items: [{id: 'fixture-features', text: text('features')}],
  },
] as unknown as readonly ScopeGroup[];

const choice = (image: FinderChoice['image'], problem: string | null): FinderChoice => ({
  image,
  problem: problem as FinderProblemId | null,
});

describe('answerFor', () => {
  it('gives free engineer support for a listed problem with a paid image', () => {
    expect(answerFor(choice('paid', 'fixture-crash'), GROUPS)).toEqual({
      kind: 'free-human',
      problemKind: 'free-human',
      byImage: null,
      explainImage: false,
    });
  });

  it('sends a listed problem with a free image to GitHub issues', () => {
    expect(answerFor(choice('free', 'fixture-login'), GROUPS)).toMatchObject({kind: 'github-issue', byImage: null});
  });

  it.each(['paid', 'free'] as const)('answers a documentation task with the documentation for a %s image', (image) => {
    expect(answerFor(choice(image, 'fixture-smtp'), GROUPS)).toMatchObject({
      kind: 'docs-guided',
      problemKind: 'documentation-guided',
    });
  });

  it.each(['paid', 'free'] as const)('answers "other" with on-demand service for a %s image', (image) => {
    expect(answerFor(choice(image, 'other'), GROUPS)).toMatchObject({kind: 'on-demand', problemKind: 'other'});
  });

  it.each(['paid', 'free'] as const)('puts business features out of scope for a %s image', (image) => {
    expect(answerFor(choice(image, 'fixture-features'), GROUPS)).toMatchObject({kind: 'out-of-scope'});
  });

  it('answers a listed problem with an unknown image for both kinds of image, and explains how to tell', () => {
    expect(answerFor(choice('unsure', 'fixture-login'), GROUPS)).toEqual({
      kind: 'free-human',
      problemKind: 'free-human',
      byImage: {paid: 'free-human', free: 'github-issue'},
      explainImage: true,
    });
    expect(answerFor(choice(null, 'fixture-login'), GROUPS)).toMatchObject({
      byImage: {paid: 'free-human', free: 'github-issue'},
    });
  });

  it('needs no image where the image changes nothing, but still explains it when unsure', () => {
    expect(answerFor(choice('unsure', 'fixture-smtp'), GROUPS)).toEqual({
      kind: 'docs-guided',
      problemKind: 'documentation-guided',
      byImage: null,
      explainImage: true,
    });
    expect(answerFor(choice('unsure', 'other'), GROUPS)).toMatchObject({kind: 'on-demand', byImage: null});
  });

  it('has no answer without a known problem', () => {
    expect(answerFor(choice('paid', null), GROUPS)).toBeNull();
    expect(answerFor(choice(null, null), GROUPS)).toBeNull();
    expect(answerFor(choice('paid', 'server-login'), GROUPS)).toBeNull();
  });
});

describe('problemKindOf', () => {
  it('finds the group that lists a problem, and nothing for an unknown one', () => {
    expect(problemKindOf('fixture-crash', GROUPS)).toBe('free-human');
    expect(problemKindOf('fixture-features', GROUPS)).toBe('out-of-scope');
    expect(problemKindOf('other', GROUPS)).toBe('other');
    expect(problemKindOf('nonsense', GROUPS)).toBeNull();
  });
});

describe('decisionTable', () => {
  it('lists every kind of problem once with its help for a paid and a free image', () => {
    expect(decisionTable()).toEqual([
      {problemKind: 'free-human', paid: 'free-human', free: 'github-issue'},
      {problemKind: 'documentation-guided', paid: 'docs-guided', free: 'docs-guided'},
      {problemKind: 'out-of-scope', paid: 'out-of-scope', free: 'out-of-scope'},
      {problemKind: 'other', paid: 'on-demand', free: 'on-demand'},
    ]);
  });

  it('agrees with answerFor for every problem of the fixtures', () => {
    const rows = new Map(decisionTable().map((row) => [row.problemKind, row]));
    for (const problem of ['fixture-login', 'fixture-smtp', 'fixture-features', 'other']) {
      const row = rows.get(problemKindOf(problem, GROUPS)!)!;
      expect(answerFor(choice('paid', problem), GROUPS)?.kind).toBe(row.paid);
      expect(answerFor(choice('free', problem), GROUPS)?.kind).toBe(row.free);
    }
  });
});

describe('the URL query', () => {
  it('reads a choice and ignores unknown values', () => {
    expect(choiceFromQuery('?image=paid&problem=fixture-login', GROUPS)).toEqual(choice('paid', 'fixture-login'));
    expect(choiceFromQuery('?problem=other', GROUPS)).toEqual(choice(null, 'other'));
    expect(choiceFromQuery('?image=gold&problem=<script>', GROUPS)).toEqual(choice(null, null));
    expect(choiceFromQuery('', GROUPS)).toEqual(choice(null, null));
  });

  it('writes a choice, keeping other parameters and leaving out what is not chosen', () => {
    expect(queryWithChoice('', choice('free', 'fixture-smtp'))).toBe('?image=free&problem=fixture-smtp');
    expect(queryWithChoice('?docusaurus-theme=dark&image=paid', choice(null, 'other'))).toBe(
      '?docusaurus-theme=dark&problem=other',
    );
    expect(queryWithChoice('?image=paid&problem=other', choice(null, null))).toBe('');
  });

  it('reads back what it writes', () => {
    const written = choice('unsure', 'fixture-crash');
    expect(choiceFromQuery(queryWithChoice('', written), GROUPS)).toEqual(written);
  });
});
