// @ts-check
/**
 * Walking a folder tree. CommonJS so that deploy/headers.cjs can require it;
 * ES modules and the TypeScript tests import it as they import that file.
 */
'use strict';
const {readdirSync, statSync} = require('node:fs');
const path = require('node:path');

/**
 * Every file under `dir`, recursively, as absolute paths, whose name `keep` accepts.
 * @param {string} dir
 * @param {(name: string) => boolean} [keep]
 * @returns {string[]}
 */
function filesUnder(dir, keep = () => true) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      return filesUnder(file, keep);
    }
    return keep(name) ? [file] : [];
  });
}

module.exports = {filesUnder};
