// @ts-check
/**
 * Where Debian puts nginx and its brotli modules: scripts/serve-nginx.mjs, the
 * nginx tests, the load benchmark and .ci/run (`node tools/nginx.cjs
 * missing-brotli-packages`) read it here. CommonJS so that a shell can require it.
 */
'use strict';
const {existsSync} = require('node:fs');
const path = require('node:path');

/** Debian's brotli modules for nginx; deploy/nginx/brotli.conf needs both. */
const BROTLI_MODULES = ['static', 'filter'].map((kind) => ({
  file: `/usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so`,
  debianPackage: `libnginx-mod-http-brotli-${kind}`,
}));

/** Whether both brotli modules are installed (serve-nginx then enables brotli). */
function hasBrotli() {
  return BROTLI_MODULES.every((module) => existsSync(module.file));
}

/** The Debian packages of the brotli modules that are not installed. */
function missingBrotliPackages() {
  return BROTLI_MODULES.filter((module) => !existsSync(module.file)).map((module) => module.debianPackage);
}

/**
 * The nginx binary: NGINX when set, else the PATH, else /usr/sbin where Debian
 * installs it (a normal user's PATH often lacks sbin); undefined when none is there.
 * @returns {string | undefined}
 */
function findNginx() {
  if (process.env.NGINX) {
    return existsSync(process.env.NGINX) ? process.env.NGINX : undefined;
  }
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => path.join(dir, 'nginx')).find((file) => existsSync(file));
}

module.exports = {BROTLI_MODULES, hasBrotli, missingBrotliPackages, findNginx};

if (require.main === module && process.argv[2] === 'missing-brotli-packages') {
  console.log(missingBrotliPackages().join(' '));
}
