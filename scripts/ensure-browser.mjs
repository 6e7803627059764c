#!/usr/bin/env node
// Makes sure a Chromium is available for the end-to-end tests and Lighthouse.
// 1. one that is already there ($CHROMIUM_PATH, $CHROME_PATH, Playwright's own, system packages);
// 2. otherwise `playwright install chromium`;
// 3. otherwise, on Debian/Ubuntu as root, `apt-get install -y chromium`;
// 4. otherwise stop with a clear message.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

function run(cmd) {
  try {
    execSync(cmd, { stdio: 'inherit', timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

let path = findChromium();
if (!path) {
  console.log('ensure-browser: geen Chromium gevonden; probeer `playwright install chromium` …');
  run('npx playwright install chromium') && (path = findChromium());
}
if (!path && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-browser: probeer `apt-get install -y chromium` …');
  run('apt-get update -qq') && run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium') && (path = findChromium());
}
if (!path) {
  console.error(
    'ensure-browser: geen Chromium beschikbaar voor de tests.\n' +
      'Installeer er een (Debian/Ubuntu: `sudo apt-get install chromium`; elders Google Chrome),\n' +
      'of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.',
  );
  process.exit(1);
}
console.log(`ensure-browser: ${path}`);
