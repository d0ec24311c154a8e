// Prints "N passed, N failed" from the Vitest and Playwright JSON reports in the given folder.
// Exits non-zero when a test failed, a report is unreadable, or nothing ran at all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let broken = false;

function countPlaywright(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const status = test.status ?? test.results?.at(-1)?.status;
      if (status === 'expected' || status === 'flaky') passed += 1;
      else if (status !== 'skipped') failed += 1;
    }
  }
  for (const child of suite.suites ?? []) countPlaywright(child);
}

const files = (() => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
})();

for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (typeof report.numPassedTests === 'number') {
      // Vitest (Jest-compatible JSON). Suites that failed to load count as failures.
      passed += report.numPassedTests;
      failed +=
        report.numFailedTests +
        (report.numFailedTestSuites > 0 && report.numFailedTests === 0
          ? report.numFailedTestSuites
          : 0);
    } else if (report.suites) {
      for (const suite of report.suites) countPlaywright(suite);
      failed += (report.errors ?? []).length;
    } else {
      broken = true;
    }
  } catch {
    broken = true;
  }
}
// Steps that produce no JSON report of their own (typecheck, lint) count one test each.
try {
  for (const step of JSON.parse(readFileSync(join(dir, 'checks.json.steps'), 'utf8'))) {
    if (step.name === 'typecheck' || step.name === 'lint') {
      if (step.ok) passed += 1;
      else failed += 1;
    } else if (!step.ok && !files.some((f) => f.startsWith(step.name))) {
      failed += 1; // a runner that failed before writing its report
    }
  }
} catch {
  broken = true;
}
if (broken) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
