// @ts-check
/**
 * The names bench/lighthouse.mjs imports, until it imports them from tools/
 * itself; every other script already does.
 */
export {CHROMIUM_FLAGS, SYSTEM_CHROMIUM, launchBrowser} from '../tools/chromium.mjs';
export {serveBuild, waitForServer} from '../tools/server.mjs';
