// Renders public/favicon.svg into favicon.ico (32 px PNG inside an ICO),
// apple-touch-icon.png (180 px), the app icons of manifest.webmanifest (icon-192.png,
// icon-512.png and icon-maskable-512.png, whose logo stays inside the circle a phone may
// cut out) and the Open Graph image og-image.png (1200×630),
// with the local Chromium. Run once after changing the icon: `npm run icons`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { findChromium } from './browser-path.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();

async function render(html, width, height) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  return page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width, height } });
}

const icon = (size) => render(svg.replace('<svg ', `<svg width="${size}" height="${size}" `), size, size);

const png32 = await icon(32);
// ICO container with one embedded PNG image (supported by every current browser).
const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6); header.writeUInt8(32, 7); header.writeUInt8(0, 8); header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10); header.writeUInt16LE(32, 12);
header.writeUInt32LE(png32.length, 14); header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png32]));
writeFileSync('public/apple-touch-icon.png', await icon(180));
writeFileSync('public/icon-192.png', await icon(192));
writeFileSync('public/icon-512.png', await icon(512));
writeFileSync('public/icon-maskable-512.png', await render(`<div style="width:512px;height:512px;background:#1f5f8b;display:grid;place-items:center">${svg.replace('<svg ', '<svg width="360" height="360" ')}</div>`, 512, 512));

const og = `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#fbfaf7;font-family:DejaVu Sans,system-ui,sans-serif;color:#1d2125;display:flex;flex-direction:column;justify-content:center;gap:32px">
  <div style="display:flex;align-items:center;gap:28px">${svg.replace('<svg ', '<svg width="120" height="120" ')}<span style="font-size:64px;font-weight:700;color:#1f5f8b">Gesprekswijzer</span></div>
  <div style="font-size:48px;line-height:1.25;max-width:1000px">Functioneringsgesprekken die ergens toe leiden</div>
  <div style="font-size:30px;color:#4f5660">Gids · vragenbank · voorbereiding · getekend verslag</div></div>`;
writeFileSync('public/og-image.png', await render(og, 1200, 630));
await browser.close();
console.log('icons written');
