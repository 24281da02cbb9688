import {firstLoad, sum, kib} from './tests/e2e/pageWeight.mjs';
import {launchBrowser, serveBuild} from './bench/browser.mjs';
const pages = ['/', '/helpdesk', '/helpdesk/contact', '/helpdesk/faq', '/helpdesk/scope', '/helpdesk/on-demand', '/en/', '/en/helpdesk', '/en/helpdesk/contact', '/en/helpdesk/faq'];
const browser = await launchBrowser();
const result = {};
for (const [name, dir, port] of [['main', '/work/main/build', 4412], ['holidays', '/work/wt-holidays/build', 4413]]) {
  const server = await serveBuild(dir, port);
  for (const p of pages) {
    const page = await browser.newPage();
    const {files} = await firstLoad(page, `${server.origin}${p}`);
    const js = files.filter((f) => f.type === 'script');
    (result[p] ??= {})[name] = {js: sum(js), all: sum(files)};
    await page.close();
  }
  server.close();
}
await browser.close();
for (const [p, r] of Object.entries(result)) {
  console.log(p.padEnd(24), 'JS', kib(r.main.js), '->', kib(r.holidays.js), `(${r.holidays.js - r.main.js >= 0 ? '+' : ''}${r.holidays.js - r.main.js} B)`, ' all', kib(r.main.all), '->', kib(r.holidays.all), `(${r.holidays.all - r.main.all} B)`);
}
