// @vitest-environment jsdom
// The Export menu's shipped-data and refusal behaviour: for iris, digits and sunspots it offers
// the data CSV (the shipped file, under its own name) and the script reads that file from its
// folder; for other data it offers none; a run that cannot be exported shows the PyTorch item
// disabled with the reason as soon as the menu opens, and downloads nothing.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/Controls/ExportMenu';
import type * as AppFiles from '../../../src/export/appFiles';
import { readTextSync } from '../../helpers/files';
import {
  lastNotice,
  captureDownloads,
  openExportMenu,
  withSession,
  type Download,
} from './harness';

const refuse = vi.hoisted(() => ({ reason: null as string | null }));

vi.mock('../../../src/export/appFiles', async (original) => {
  const real = await original<typeof AppFiles>();
  return {
    ...real,
    pytorchScript: (...args: Parameters<typeof real.pytorchScript>) =>
      refuse.reason === null
        ? real.pytorchScript(...args)
        : Promise.resolve({ ok: false as const, reason: refuse.reason }),
  };
});

const downloads: Download[] = [];

beforeEach(() => {
  downloads.length = 0;
  refuse.reason = null;
  captureDownloads(downloads);
  // the page fetches data/<name>; here it is the shipped file
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const name = String(url).split('/').pop() ?? '';
    return new Response(readTextSync(name), { status: 200 });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const item = (name: string | RegExp) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('ExportMenu with a shipped data set', () => {
  it('offers the data CSV under its own name, and the script reads it from its folder', async () => {
    const { store } = await withSession(<ExportMenu />, 'iris');
    await openExportMenu();
    fireEvent.click(item('Data (CSV): iris.csv'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('iris.csv');
    expect(await downloads[0].blob.text()).toBe(readTextSync('iris.csv'));

    fireEvent.click(item('PyTorch script (.py)'));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
    expect(downloads[1].name).toBe('iris-three-species-from-four-measurements.py');
    const script = await downloads[1].blob.text();
    expect(script).toContain('DATA_FILE = Path(__file__).with_name("iris.csv")');
    expect(script).not.toMatch(/^INPUTS = \[\n {4}\[/m);
    expect(lastNotice(store, 'info')).toMatch(
      /It reads iris\.csv from its own folder: save Export → Data \(CSV\) next to it\./,
    );
  });

  it('offers no data CSV for data written into the script', async () => {
    await withSession(<ExportMenu />, 'two-two-one');
    await openExportMenu();
    expect(screen.queryByRole('button', { name: /^Data \(CSV\)/ })).toBeNull();
    expect(item('PyTorch script (.py)').disabled).toBe(false);
  });

  it('shows a refused export as a disabled item with the reason, and downloads nothing', async () => {
    refuse.reason = 'this kind is not exported yet';
    const { store } = await withSession(<ExportMenu />, 'two-two-one');
    await openExportMenu();
    await waitFor(() => expect(item('PyTorch script (.py)').disabled).toBe(true));
    const reason = screen.getByTestId('export-refusal');
    expect(reason.textContent).toBe('Not available for this run: this kind is not exported yet.');
    expect(item('PyTorch script (.py)').getAttribute('aria-describedby')).toBe(reason.id);
    fireEvent.click(item('PyTorch script (.py)'));
    expect(downloads).toHaveLength(0);
    expect(lastNotice(store, 'error')).toBeNull();
    // the other files stay available
    expect(item('Weights (JSON)').disabled).toBe(false);
  });

  it('closes on Escape and gives the focus back to Export', async () => {
    await withSession(<ExportMenu />, 'two-two-one');
    await openExportMenu();
    fireEvent.keyDown(item('Weights (JSON)'), { key: 'Escape' });
    const details = document.querySelector('details.export-menu') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(details.querySelector('summary'));
  });
});
