// @vitest-environment jsdom
// Share's Export menu over a real session: the PyTorch script of the loaded run, the current
// weights as JSON and the loss history as CSV, each handed to the browser as a named download;
// a truncated-BPTT run gets its own script (refusals: ExportMenuData.test.tsx).
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/Controls/ExportMenu';
import {
  lastNotice,
  captureDownloads,
  openExportMenu,
  withSession,
  type Download,
} from './harness';

const downloads: Download[] = [];

beforeEach(() => {
  downloads.length = 0;
  captureDownloads(downloads);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const item = (name: string) => screen.getByRole('button', { name });

describe('ExportMenu', () => {
  it('downloads the PyTorch script, the weights and the loss history', async () => {
    const { store, settle } = await withSession(<ExportMenu />, 'mazur-2-2-2');
    await openExportMenu();
    store.getState().actions.stepForward('update');
    await settle();
    fireEvent.click(item('PyTorch script (.py)'));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0].name).toBe('matt-mazur-s-step-by-step-example-2-2-2.py');
    const script = await downloads[0].blob.text();
    expect(script).toContain('import torch');
    expect(script).toContain('[0.15, 0.2]');
    expect(lastNotice(store, 'info')).toMatch(/replays the first 1 updates/);

    fireEvent.click(item('Weights (JSON)'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1].name).toBe('matt-mazur-s-step-by-step-example-2-2-2-weights.json');
    const weights = JSON.parse(await downloads[1].blob.text()) as {
      update: number;
      weights: number[][][];
    };
    expect(weights.update).toBe(store.getState().frame?.update);
    expect(weights.weights[0][0]).toEqual(
      Array.from(store.getState().frame?.params.subarray(0, 2) ?? []),
    );

    fireEvent.click(item('Loss history (CSV)'));
    await waitFor(() => expect(downloads).toHaveLength(3));
    const csv = await downloads[2].blob.text();
    expect(csv.split('\n')[0]).toBe('update,batch_loss,min,max,updates');
  });

  it('exports a truncated-BPTT run as its own script (no longer refused)', async () => {
    const { store } = await withSession(<ExportMenu />, 'rnn-sine');
    await openExportMenu();
    store.setState({
      shareable: {
        scenario: {
          ...(store.getState().shareable?.scenario as object),
          sequence: {
            readout: 'every-step',
            lossOverTime: 'sum',
            bptt: { mode: 'truncated', k1: 2, k2: 3 },
          },
        },
        initial: store.getState().shareable?.initial ?? new Float64Array(),
      },
    });
    fireEvent.click(item('PyTorch script (.py)'));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(await downloads[0].blob.text()).toContain('K1, K2 = 2, 3');
    expect(lastNotice(store, 'error')).toBeNull();
  });
});
