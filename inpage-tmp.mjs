import { chromium } from 'playwright';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
const dist = process.argv[2] ?? 'dist';
const server = createServer((req, res) => { let p = decodeURIComponent(new URL(req.url, 'http://x').pathname); if (p.endsWith('/')) p += 'index.html'; const f = join(dist, p); if (!existsSync(f) || !statSync(f).isFile()) return res.writeHead(404).end(); res.writeHead(200, { 'Content-Type': { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' }[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const loader = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('loader.') && f.endsWith('.js'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const rate of [1]) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(origin + '/privacy/');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const r = await page.evaluate(async (url) => {
    const t0 = performance.now();
    const mod = await import(url);
    let e = null;
    for (const f of Object.values(mod)) {
      if (typeof f !== 'function' || f.length > 1) continue;
      try { const r = f(); if (r && typeof r.then === 'function') { const v = await r; if (v && v.buildPdf) { e = v; break; } } } catch {}
    }
    const t1 = performance.now();
    const para = 'Łukasz maakt sinds het voorjaar zelfstandig het zuurdesembrood. Els bevestigt dat de kwaliteit stabiel is en dat klanten er positief over zijn. ';
    const model = { title: 'Verslag', creationDate: new Date('2026-11-22'), footerLeft: 'Verslag', footerCenter: 'x', blocks: [{ type: 'title', title: 'Verslag – Łukasz', subtitle: 'gesprek van 22 november 2026' }, ...Array.from({ length: 14 }, (_, i) => [{ type: 'heading', text: 'Deel ' + i }, { type: 'paragraph', text: para.repeat(3) }, { type: 'table', columns: [{ header: 'Afspraak', width: 3 }, { header: 'Wie', width: 1 }], rows: [['Cursus volgen ' + i, 'Els']] }]).flat()], attachments: [{ name: 'verslag.json', data: new TextEncoder().encode(JSON.stringify({ t: para.repeat(40) })), mimeType: 'application/json' }] };
    const times = [];
    let size = 0;
    for (let i = 0; i < 4; i++) { const a = performance.now(); size = (await e.buildPdf(model)).length; times.push(Math.round(performance.now() - a)); }
    return { load: Math.round(t1 - t0), times, size };
  }, `${origin}/_astro/${loader}`);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(); const dt = profile.timeDeltas;
  profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
  [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, t]) => console.log(((t / 1000)).toFixed(1).padStart(7), 'ms', k));
  console.log('cpu', rate + 'x', 'load engine+fonts', r.load, 'ms; buildPdf cold→warm', r.times.join(', '), 'ms; PDF', r.size);
  await ctx.close();
}
await browser.close(); server.close();
