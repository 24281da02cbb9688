// @ts-check
/**
 * The builds the Lighthouse benchmark measures: this tree's, a base ref's (built in a
 * temporary git worktree) and the anchor, a default `create-docusaurus` classic site of
 * this repo's Docusaurus version. The base and anchor builds are cached by commit and
 * by version under node_modules/.cache/helpdesk-bench/ (`npm ci` empties it).
 *
 * The sites are built in the system's temporary folder, never below node_modules: the
 * bundler does not transpile files whose path holds `node_modules`.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(root, 'node_modules/.cache/helpdesk-bench');

/**
 * A build being measured; `origin` is set once its server runs.
 * @typedef {object} Build
 * @property {string} label how the report names it
 * @property {string} dir the built site
 * @property {boolean} anchor whether it is the default Docusaurus site (measured on its own pages)
 * @property {string} [origin]
 */

/**
 * Runs a command to its end, its output on stderr (stdout is the benchmark's progress).
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  execFileSync(command, args, {cwd, stdio: ['ignore', process.stderr, 'inherit']});
}

/**
 * @param {string[]} args
 * @returns {string}
 */
function git(...args) {
  return execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
}

/**
 * The version of an installed package of this tree.
 * @param {string} name
 * @returns {string}
 */
export function installedVersion(name) {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return /** @type {{version: string}} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
}

/**
 * `cacheDir` when it holds a site, else the site `build` makes in a fresh temporary
 * folder (it returns the built folder), copied to `cacheDir`.
 * @param {string} cacheDir
 * @param {string} what for the progress line
 * @param {(scratch: string) => string} build
 * @returns {string} cacheDir
 */
function cached(cacheDir, what, build) {
  if (existsSync(path.join(cacheDir, 'index.html'))) {
    console.log(`${what}: cached in ${path.relative(root, cacheDir)}`);
    return cacheDir;
  }
  console.log(`${what}: building (once; cached in ${path.relative(root, cacheDir)})…`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'helpdesk-bench-'));
  try {
    const built = build(scratch);
    // Copied beside, then renamed: an interrupted copy never looks like a cached site.
    const partial = `${cacheDir}.partial`;
    rmSync(partial, {recursive: true, force: true});
    mkdirSync(path.dirname(cacheDir), {recursive: true});
    cpSync(built, partial, {recursive: true});
    renameSync(partial, cacheDir);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
  return cacheDir;
}

/**
 * This tree's build/, built with `npm run build` unless `skip`.
 * @param {boolean} skip
 * @returns {Build}
 */
export function thisBuild(skip) {
  if (!skip) {
    console.log('this tree: npm run build…');
    run('npm', ['run', 'build'], root);
  }
  const dirty = git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ', uncommitted changes';
  return {label: `this build (${git('rev-parse', '--short', 'HEAD')}${dirty})`, dir: path.join(root, 'build'), anchor: false};
}

/**
 * The build of a git ref: `npm ci && npm run build` in a temporary worktree, cached by commit.
 * @param {string} ref
 * @returns {Build}
 */
export function baseBuild(ref) {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const short = commit.slice(0, 7);
  try {
    const dir = cached(path.join(CACHE, `base-${commit}`), `base ${ref} (${short})`, (scratch) => {
      const worktree = path.join(scratch, 'site');
      git('worktree', 'add', '--detach', worktree, commit);
      run('npm', ['ci', '--no-audit', '--no-fund'], worktree);
      run('npm', ['run', 'build'], worktree);
      return path.join(worktree, 'build');
    });
    return {label: `base ${ref} (${short})`, dir, anchor: false};
  } finally {
    // cached() has removed the worktree's folder; git forgets it here.
    git('worktree', 'prune');
  }
}

/**
 * A default Docusaurus classic site (TypeScript template) of this repo's Docusaurus version.
 * @returns {Build}
 */
export function anchorBuild() {
  const version = installedVersion('@docusaurus/core');
  const label = `default Docusaurus ${version}`;
  const dir = cached(path.join(CACHE, `anchor-docusaurus-${version}`), label, (scratch) => {
    run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${version}`,
        'anchor',
        'classic',
        scratch,
        '--typescript',
        '--package-manager',
        'npm',
        '--skip-install',
      ],
      scratch,
    );
    const site = path.join(scratch, 'anchor');
    run('npm', ['install', '--no-audit', '--no-fund'], site);
    run('npm', ['run', 'build'], site);
    return path.join(site, 'build');
  });
  return {label, dir, anchor: true};
}

/**
 * A build made elsewhere.
 * @param {string} dir
 * @param {string} label
 * @returns {Build}
 */
export function otherBuild(dir, label) {
  return {label, dir: path.resolve(dir), anchor: false};
}
