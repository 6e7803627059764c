// Test helper (not a test file): loads the question bank from content/vragen/*.yaml.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildBank, type ThemeFile } from '../../src/lib/questions/bank.ts';

export const VRAGEN_DIR = join(import.meta.dirname, '..', '..', 'content', 'vragen');

export function readThemeFiles(): Array<ThemeFile & { file: string }> {
  return readdirSync(VRAGEN_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => ({ file, ...(parse(readFileSync(join(VRAGEN_DIR, file), 'utf8')) as ThemeFile) }));
}

export const loadBank = () => buildBank(readThemeFiles());
