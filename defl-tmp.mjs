import { chromium } from 'playwright';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const streams = readFileSync('/tmp/streams.json', 'utf8');
const fflate = readFileSync('node_modules/fflate/esm/browser.js', 'utf8');
const pako = readFileSync('node_modules/pako/dist/pako_deflate.min.js', 'utf8');
const server = createServer((req, res) => {
  if (req.url === '/fflate.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(fflate);
  if (req.url === '/pako.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pako);
  res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><script src="/pako.js"></script></html>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const variants = ['fflate l6 m4', 'fflate l4 m4', 'fflate l2 m4', 'fflate l1 m4', 'pako l6', 'pako l1'];
const results = {};
for (let rep = 0; rep < 3; rep++) for (const v of variants) {
  const page = await browser.newPage();
  await page.goto(origin + '/');
  const ms = await page.evaluate(async ([streamsJson, v]) => {
    const data = JSON.parse(streamsJson).map((a) => new Uint8Array(a));
    const { zlibSync } = await import('/fflate.js');
    const [lib, l, m] = v.split(' ');
    const level = Number(l.slice(1));
    const f = lib === 'pako' ? (d) => self.pako.deflate(d, { level }) : (d) => zlibSync(d, { level, mem: Number(m.slice(1)) });
    const c0 = performance.now(); let size = 0; for (const d of data) size += f(d).length; return [performance.now() - c0, size];
  }, [streams, v]);
  (results[v] ??= []).push(ms);
  await page.close();
}
for (const [v, r] of Object.entries(results)) console.log(v.padEnd(14), 'cold', r.map((x) => x[0].toFixed(0)).join(', '), 'ms', r[0][1], 'bytes');
await browser.close(); server.close();
