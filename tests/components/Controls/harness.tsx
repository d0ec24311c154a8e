// Shared set-up for the control-panel tests: a real store over a real training session run
// in-process (every command is recorded), or a store whose commands go nowhere.
import type { ReactNode } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { Command } from '../../../src/protocol/messages';
import { createAppStore, type AppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/context';
import { renderLive } from '../liveStore';

export interface Harness {
  readonly store: AppStore;
  /** Every command the store sent, oldest first. */
  readonly sent: Command[];
  /** Sends a command as the page would (recorded like the others). */
  readonly send: (command: Command) => void;
  /** Runs the session on the commands sent so far and hands its messages to the store. */
  readonly settle: () => Promise<void>;
  /** The commands sent since the harness was made or since the last call. */
  readonly takeSent: () => Command[];
}

/** Renders `ui` over a real session with `preset` loaded (nothing trained yet). */
export async function withSession(ui: ReactNode, preset = 'two-two-one'): Promise<Harness> {
  const { store, sent, send, settle } = renderLive(ui);
  await act(async () => void (await store.getState().actions.loadPreset(preset)));
  await settle();
  let seen = sent.length;
  const takeSent = (): Command[] => {
    const out = sent.slice(seen);
    seen = sent.length;
    return out;
  };
  return { store, sent, send, settle, takeSent };
}

/** Renders `ui` over a store whose commands are only recorded (no worker answers). */
export function withFakeSend(ui: ReactNode): { store: AppStore; sent: Command[] } {
  const sent: Command[] = [];
  const store = createAppStore({ send: (c) => void sent.push(c) });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, sent };
}

/** The text of the newest notice of `tone`, or null. */
export function lastNotice(store: AppStore, tone: 'info' | 'error'): string | null {
  const notices = store.getState().notices.filter((n) => n.tone === tone);
  return notices.at(-1)?.text ?? null;
}

/** Opens the Export menu as a click on its button would, and waits for its items to load. */
export async function openExportMenu(): Promise<void> {
  const details = document.querySelector('details.export-menu') as HTMLDetailsElement;
  await act(async () => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
  await screen.findByRole('button', { name: 'Weights (JSON)' });
}

/** A file the page handed to the browser as a download: its name and its contents. */
export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** Catches the page's downloads (object URLs clicked through an anchor) into `into`. */
export function captureDownloads(into: Download[]): void {
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${(next += 1)}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) into.push({ name: this.download, blob });
  });
}
