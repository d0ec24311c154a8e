// A fault hook for end-to-end tests, injected before the app loads: it keeps the page's Web
// Workers so that a test can crash or silence the real training worker. Production builds
// carry no crash command of their own; this fails the worker from the outside instead.
import type { Page } from '@playwright/test';

interface WorkerFaults {
  /** 'throw': the worker dies with an error event; 'hang': it stops answering for good. */
  fail(mode: 'throw' | 'hang'): void;
}

export async function injectWorkerFaults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const made: Worker[] = [];
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(this);
      }
    };
    const faults: WorkerFaults = {
      fail(mode) {
        const worker = made.at(-1);
        if (!worker) throw new Error('no worker has started');
        worker.terminate(); // a terminated worker never answers again
        if (mode === 'throw')
          worker.dispatchEvent(
            new ErrorEvent('error', {
              message: 'the worker was crashed on purpose (test)',
              cancelable: true,
            }),
          );
      },
    };
    Object.assign(window, { __workerFaults: faults });
  });
}

export async function failWorker(page: Page, mode: 'throw' | 'hang'): Promise<void> {
  await page.evaluate((m) => {
    (window as unknown as { __workerFaults: WorkerFaults }).__workerFaults.fail(m);
  }, mode);
}
