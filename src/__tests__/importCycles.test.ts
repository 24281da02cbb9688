/**
 * The layout of ARCHITECTURE.md ("Data flow") has no import cycle: data → lib →
 * components → pages, and the build's code in src/node and plugins/ on top. Every
 * relative import of the site's own modules counts, `import type` and `import()`
 * included, so that a type cycle (which compiles) fails here too.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const FOLDERS = ['src', 'plugins'];
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const TEST = /\.(test|fixture)\.tsx?$|\.d\.ts$|(^|\/)__tests__\//;

function modules(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'})
      .map((file) => path.join(folder, file))
      .filter((file) => SOURCE.test(file) && !TEST.test(file)),
  );
}

/** The module file a relative specifier names, as the bundler resolves it. */
function resolve(from: string, specifier: string): string | null {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, ...['.ts', '.tsx', '.js', '/index.ts', '/index.tsx'].map((end) => base + end)]) {
    if (existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile()) {
      return candidate;
    }
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules()) {
    const {importedFiles} = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    graph.set(
      file,
      importedFiles
        .map(({fileName}) => fileName)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== null && SOURCE.test(target)),
    );
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    if (onPath.includes(file)) {
      found.push([...onPath.slice(onPath.indexOf(file)), file].join(' → '));
      return;
    }
    if (done.has(file)) {
      return;
    }
    onPath.push(file);
    for (const target of graph.get(file) ?? []) {
      visit(target);
    }
    onPath.pop();
    done.add(file);
  };
  [...graph.keys()].forEach(visit);
  return found;
}

describe('the import graph of src/ and plugins/', () => {
  const graph = importGraph();

  it('reads the site’s modules and their imports', () => {
    expect(graph.get('src/lib/time/status.ts')).toContain('src/lib/time/schedule.ts');
    expect(graph.get('src/components/ReachNow/index.tsx')).toContain('src/components/HolidayNotice/index.tsx');
  });

  it('has no cycle, type imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(cycles(looped)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
