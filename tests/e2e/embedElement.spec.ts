// <backprop-lens> and the resizer on a course page served from another origin: independent
// instances, the Promise API, events, the resizer, and a sibling frame that cannot drive it.
import { expect, test } from '@playwright/test';
import { APP, HOST, page as html, serveHost } from './embedHost';

const ELEMENT = `<script type="module" src="${APP}/embed/v1/backprop-lens.js"></script>`;
let close: () => Promise<void>;

test.beforeAll(async () => {
  close = await serveHost({
    '/two.html': html(`${ELEMENT}
      <backprop-lens id="a" preset="two-two-one" title="First example" loading="eager"></backprop-lens>
      <backprop-lens id="b" preset="xor" title="Second example" loading="eager" layout="graph"></backprop-lens>`),
    '/live.html': html(`${ELEMENT}
      <backprop-lens id="c" preset="two-two-one" title="Live example" loading="eager" controls="play"></backprop-lens>`),
    '/resizer.html': html(`
      <iframe id="f" src="${APP}/embed.html#v=1&preset=two-two-one&layout=graph" title="Resized example" width="100%" height="120"></iframe>
      <script src="${APP}/embed/v1/resizer.js" async></script>`),
    '/sibling.html': html(`
      <iframe id="f" src="${APP}/embed.html#v=1&preset=two-two-one" title="Example" width="100%" height="600"></iframe>
      <iframe id="evil" title="Another frame" srcdoc="<p>other</p>"></iframe>`),
    '/scroll.html': html(`
      <iframe id="f" src="${APP}/embed.html#v=1&preset=circle" title="Example" width="100%" height="600"></iframe>
      <div style="height: 3000px"></div><p id="end">End of the page</p>`),
    '/tab.html': html(`<button id="before">Before</button>
      <iframe src="${APP}/embed.html#v=1&preset=two-two-one&layout=graph" title="Example" width="100%" height="600"></iframe>
      <button id="after">After</button>`),
  });
});
test.afterAll(async () => close());

test('two elements on one page are independent, and the Promise API steps and reads state', async ({
  page,
}) => {
  const events: string[] = [];
  await page.exposeFunction('record', (name: string) => events.push(name));
  await page.goto(`${HOST}/two.html`);
  await page.evaluate(() => {
    for (const type of [
      'lens-ready',
      'lens-step',
      'lens-resize',
      'lens-metrics',
      'lens-statechange',
    ])
      document.addEventListener(type, (e) =>
        (window as unknown as { record: (s: string) => void }).record(
          `${(e.target as Element).id}:${type}`,
        ),
      );
  });
  const ready = await page.evaluate(async () => {
    type Lens = HTMLElement & { ready: Promise<{ version: number; state: { title: string } }> };
    const [a, b] = [document.getElementById('a') as Lens, document.getElementById('b') as Lens];
    const [ra, rb] = await Promise.all([a.ready, b.ready]);
    return [ra.version, ra.state.title, rb.state.title];
  });
  expect(ready[0]).toBe(1);
  expect(ready[1]).not.toBe(ready[2]);
  const result = await page.evaluate(async () => {
    type Lens = HTMLElement & {
      step(o: object): Promise<{ update: number; phase: string | null }>;
      getState(o?: object): Promise<{
        cursor: { update: number };
        metrics?: { trainLoss: number };
        settings: { learningRate: number };
      }>;
      setHyperparameters(o: object): Promise<{ appliesFromUpdate: number }>;
    };
    const a = document.getElementById('a') as Lens;
    const b = document.getElementById('b') as Lens;
    const first = await a.step({ by: 'phase' });
    const cursor = await a.step({ by: 'update', count: 2 });
    const applies = await a.setHyperparameters({ learningRate: 0.25 });
    const sa = await a.getState({ include: ['metrics'] });
    const sb = await b.getState();
    return { first, cursor, applies, sa, sb };
  });
  expect(result.first.phase).toBe('forward');
  expect(result.sa.cursor.update).toBeGreaterThanOrEqual(2);
  expect(typeof result.sa.metrics?.trainLoss).toBe('number');
  expect(result.applies.appliesFromUpdate).toBeGreaterThan(0);
  await expect
    .poll(async () =>
      page.evaluate(async () => {
        const a = document.getElementById('a') as HTMLElement & {
          getState(): Promise<{ settings: { learningRate: number } }>;
        };
        return (await a.getState()).settings.learningRate;
      }),
    )
    .toBe(0.25);
  // the other element did not move
  expect(result.sb.cursor.update).toBe(0);
  expect(result.sb.settings.learningRate).not.toBe(0.25);
  // events arrived, each from its own element
  expect(events).toContain('a:lens-ready');
  expect(events).toContain('b:lens-ready');
  expect(events).toContain('a:lens-step');
  expect(events).toContain('a:lens-resize');
  expect(events.filter((e) => e === 'b:lens-step')).toEqual([]);
});

test('an invalid scenario is refused with invalid-scenario and the path', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  const refused = await page.evaluate(async () => {
    const a = document.getElementById('a') as HTMLElement & {
      ready: Promise<unknown>;
      loadScenario(o: object): Promise<unknown>;
    };
    await a.ready;
    try {
      await a.loadScenario({ scenario: { version: 1, network: { layers: [2, -1, 1] } } });
      return null;
    } catch (e) {
      return e as { code: string; issues: { path: string }[] };
    }
  });
  expect(refused?.code).toBe('invalid-scenario');
  expect(refused?.issues.map((i) => i.path).join(' ')).toMatch(/network\.layers/);
  const loaded = await page.evaluate(async () => {
    const a = document.getElementById('a') as HTMLElement & {
      loadScenario(o: object): Promise<{ title: string }>;
    };
    return a.loadScenario({ preset: 'xor' });
  });
  expect(loaded.title).toMatch(/XOR/i);
});

test('removing an attribute restores the layout’s default, live', async ({ page }) => {
  await page.goto(`${HOST}/live.html`);
  await page.evaluate(
    () => (document.getElementById('c') as HTMLElement & { ready: Promise<unknown> }).ready,
  );
  const embed = page.locator('#c iframe').contentFrame();
  const reset = embed.getByRole('button', { name: 'Reset' });
  await expect(embed.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(reset).toBeHidden();
  await page.evaluate(() => document.getElementById('c')!.removeAttribute('controls'));
  await expect(reset).toBeVisible();
  await page.evaluate(() => document.getElementById('c')!.setAttribute('lock', 'lr'));
  const lr = embed.getByRole('spinbutton', { name: 'Learning rate' });
  await expect(lr).toBeDisabled();
  await page.evaluate(() => document.getElementById('c')!.removeAttribute('lock'));
  await expect(lr).toBeEnabled();
  // a recurrent scenario, valid for the CLI, is refused with the path network.kind
  const refused = await page.evaluate(async () => {
    const c = document.getElementById('c') as HTMLElement & {
      loadScenario(o: object): Promise<unknown>;
    };
    return c.loadScenario({ preset: 'rnn-sine' }).then(
      () => null,
      (e: { code: string; issues: { path: string }[] }) => e,
    );
  });
  expect(refused?.code).toBe('invalid-scenario');
  expect(refused?.issues.map((i) => i.path)).toEqual(['network.kind']);
});

test('the resizer grows a short iframe to its content', async ({ page }) => {
  await page.goto(`${HOST}/resizer.html`);
  const frame = page.locator('#f');
  const inside = (): Promise<number> => frame.evaluate((f) => f.clientHeight);
  await expect.poll(inside).toBeGreaterThan(300);
  const content = (await page.frameLocator('#f').locator('.lens-embed').boundingBox())?.height ?? 0;
  // the frame shows all of its content and no more
  expect(await inside()).toBe(Math.ceil(content));
});

test('a sibling frame posting at the embed changes nothing', async ({ page }) => {
  await page.goto(`${HOST}/sibling.html`);
  const embed = page.frameLocator('#f');
  await expect(embed.getByTestId('train-loss')).not.toHaveText('—');
  const answered = await page.evaluate(async () => {
    const evil = (document.getElementById('evil') as HTMLIFrameElement).contentWindow!;
    const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
    // the sibling's own script: connect with its own port and ask to play
    const run = new (evil as unknown as { Function: FunctionConstructor }).Function(
      'target',
      'origin',
      `return new Promise((resolve) => {
        const ch = new MessageChannel();
        let heard = false;
        ch.port1.onmessage = () => { heard = true; };
        target.postMessage({ protocol: 'backprop-lens', v: 1, type: 'connect', payload: { versions: [1] } }, origin, [ch.port2]);
        target.postMessage({ protocol: 'backprop-lens', v: 1, type: 'play', id: 1 }, origin);
        ch.port1.postMessage({ protocol: 'backprop-lens', v: 1, type: 'play', id: 2 });
        setTimeout(() => resolve(heard), 1500);
      });`,
    ) as (t: Window, o: string) => Promise<boolean>;
    return run(target, new URL(document.getElementById('f')!.getAttribute('src')!).origin);
  });
  expect(answered).toBe(false);
  await expect(embed.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(embed.getByTestId('update')).toHaveText('0');
});

test('Tab walks through the embed and out of it again', async ({ page }) => {
  await page.goto(`${HOST}/tab.html`);
  await expect(
    page.frameLocator('iframe').getByRole('region', { name: 'Network graph' }),
  ).toBeVisible();
  await page.locator('#before').focus();
  let left = false;
  for (let k = 0; k < 200 && !left; k += 1) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => document.activeElement?.id === 'after');
  }
  expect(left).toBe(true);
});

test('an embed pauses when scrolled out of view', async ({ page }) => {
  await page.goto(`${HOST}/scroll.html`);
  const embed = page.frameLocator('#f');
  await embed.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(embed.getByTestId('update')).not.toHaveText('0');
  await page.locator('#end').scrollIntoViewIfNeeded();
  await expect(embed.getByRole('button', { name: 'Play', exact: true })).toBeAttached();
  const update = await embed.getByTestId('update').textContent();
  await page.waitForTimeout(600);
  await expect(embed.getByTestId('update')).toHaveText(update ?? '');
});
