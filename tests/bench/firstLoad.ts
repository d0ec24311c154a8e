// First load: time to DOMContentLoaded and to the first trained frame from the worker, for the
// built app served by `vite preview`, three fresh pages. Run: `npx tsx tests/bench/firstLoad.ts`.
import { withServedApp } from './servedApp';

const PORT = 4181;

async function main(): Promise<void> {
  await withServedApp(PORT, async (browser, base) => {
    for (let k = 0; k < 3; k += 1) {
      const page = await browser.newPage();
      await page.goto(base);
      await page.getByTestId('train-loss').filter({ hasNotText: '—' }).waitFor();
      const t = (await page.evaluate(
        `({ firstFrame: performance.getEntriesByName('backprop-lens:first-frame')[0].startTime, seen: performance.now(), domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })`,
      )) as { firstFrame: number; seen: number; domContentLoaded: number };
      console.log(
        `run ${k + 1}: DOMContentLoaded ${t.domContentLoaded.toFixed(0)} ms, first frame received ${t.firstFrame.toFixed(0)} ms (seen by the test at ${t.seen.toFixed(0)} ms)`,
      );
      await page.close();
    }
  });
}

void main();
