import {firstLoad} from './tests/e2e/pageWeight.mjs';
import {launchBrowser, serveBuild} from './bench/browser.mjs';
const p = process.argv[2];
const browser = await launchBrowser();
for (const [name, dir, port] of [['holidays', '/work/wt-holidays/build', 4413]]) {
  const server = await serveBuild(dir, port);
  const page = await browser.newPage();
  const {files} = await firstLoad(page, `${server.origin}${p}`);
  console.log(name); for (const f of files.filter((f) => f.type === 'script')) console.log('  ', f.gzipBytes, f.path);
  server.close();
}
await browser.close();
