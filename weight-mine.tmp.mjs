import {firstLoad, sum, kib} from './tests/e2e/pageWeight.mjs';
import {launchBrowser, serveBuild} from './bench/browser.mjs';
// First-load JS (KiB gzip) of the 820ffa0 build, measured the same way at 16:5x.
const BASE = {'/': 127.6, '/helpdesk': 142.3, '/helpdesk/contact': 144.2, '/helpdesk/faq': 141.6, '/helpdesk/scope': 141.0, '/helpdesk/on-demand': 140.1, '/en/': 128.3, '/en/helpdesk': 142.4, '/en/helpdesk/contact': 144.5, '/en/helpdesk/faq': 141.8};
const browser = await launchBrowser();
const server = await serveBuild('/work/wt-holidays/build', 4413);
for (const p of Object.keys(BASE)) {
  const page = await browser.newPage();
  const {files} = await firstLoad(page, `${server.origin}${p}`);
  const js = sum(files.filter((f) => f.type === 'script'));
  console.log(p.padEnd(24), BASE[p], '->', kib(js), `(+${(js / 1024 - BASE[p]).toFixed(1)} KiB)`);
  await page.close();
}
server.close();
await browser.close();
