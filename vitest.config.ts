import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `npm run test:fast` (everyday work) runs the fast project only; `npm test` runs both,
 * with coverage of src/lib. The slow tier holds the property-based and fuzz suites, the tests that
 * start fresh processes, and those that render and re-read many PDFs.
 * The fuzz case count comes from FUZZ_RUNS (default 500, as in CI): `FUZZ_RUNS=5000 npm run test:slow`.
 */
const SLOW = [
  'tests/unit/pdf-fuzz.test.ts',
  'tests/unit/pdf-determinism.test.ts',
  'tests/unit/pdf-build.test.ts',
  'tests/unit/pdf-fillable.test.ts',
  'tests/unit/report-pdf.test.ts',
  'tests/unit/calendar-ics.test.ts',
  'tests/unit/search-search.test.ts',
  'tests/unit/boundaries.test.ts',
  'tests/unit/spelling.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    projects: [
      // Threads start faster than forks: the fast tier runs in ~15 s here instead of ~22 s.
      { extends: true, test: { name: 'fast', include: ['tests/unit/**/*.test.ts'], exclude: SLOW, pool: 'threads' } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // Build-time and Astro-only modules are covered by the build and the e2e tests.
      exclude: ['src/lib/guide/loadGuide.ts', 'src/lib/**/*.generated.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 80, functions: 80, branches: 70, statements: 80 },
    },
  },
});
