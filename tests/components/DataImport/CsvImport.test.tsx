// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvImport } from '../../../src/components/DataImport/CsvImport';
import { CSV_TEXT_MAX_BYTES } from '../../../src/data/csvPreview';

afterEach(cleanup);

const IRIS_LIKE =
  'sepal length,sepal width,petal length,petal width,species\n' +
  Array.from({ length: 12 }, (_, r) => `5.${r},3.${r},1.${r},0.${r},${r % 3}`).join('\n');

function setup(hiddenLayers?: readonly number[]) {
  const onImport = vi.fn();
  const onCancel = vi.fn();
  render(
    hiddenLayers ? (
      <CsvImport onImport={onImport} onCancel={onCancel} hiddenLayers={hiddenLayers} />
    ) : (
      <CsvImport onImport={onImport} onCancel={onCancel} />
    ),
  );
  const panel = screen.getByRole('region', { name: 'Import data' });
  const use = within(panel).getByRole('button', { name: 'Use this data' }) as HTMLButtonElement;
  const paste = (text: string) =>
    fireEvent.change(within(panel).getByLabelText('Paste CSV text'), { target: { value: text } });
  const chooseFile = (file: File) =>
    fireEvent.change(within(panel).getByLabelText('CSV file'), { target: { files: [file] } });
  return { panel, use, paste, chooseFile, onImport, onCancel };
}
const target = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const shapeLine = () => document.querySelector('.di-shape')?.textContent;

describe('CsvImport', () => {
  it('starts with labelled, empty controls and nothing to use', () => {
    const { panel, use } = setup();
    expect(within(panel).getByLabelText('CSV file').getAttribute('accept')).toBe(
      '.csv,text/csv,text/plain',
    );
    expect(within(panel).getByLabelText('Paste CSV text')).toBeTruthy();
    expect(use.disabled).toBe(true);
    expect(use.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(use.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Choose a file or paste CSV text first.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('previews pasted text, takes the chosen target, and imports exactly that spec', () => {
    const { use, paste, onImport } = setup();
    paste(IRIS_LIKE);
    const table = screen.getByRole('table', { name: /first 8 of 12 data rows, under a header/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.firstChild?.textContent);
    expect(headers).toEqual([
      'Row',
      'sepal length',
      'sepal width',
      'petal length',
      'petal width',
      'species',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
    expect(within(table).getByRole('rowheader', { name: '2' })).toBeTruthy();
    expect(target('species').checked).toBe(true);
    expect(shapeLine()).toBe(
      '4 inputs → 3 classes (species 0, species 1, species 2); the hidden layers stay as they are',
    );

    fireEvent.click(target('sepal length'));
    fireEvent.click(target('species'));
    expect(shapeLine()).toBe(
      '4 inputs → 1 output for sepal length (regression); the hidden layers stay as they are',
    );
    expect(within(table).getAllByText(/target/)).toHaveLength(1);
    expect(onImport).not.toHaveBeenCalled();
    fireEvent.click(use);
    expect(onImport).toHaveBeenCalledTimes(1);
    const [spec, shape] = onImport.mock.calls[0];
    expect(spec).toEqual({ kind: 'csv', text: IRIS_LIKE, targetColumns: ['sepal length'] });
    expect(shape).toMatchObject({ nIn: 4, nOut: 1, task: 'regression', rows: 12 });
  });

  it('states the whole network when the hidden layers are given', () => {
    const { paste } = setup([8]);
    paste(IRIS_LIKE);
    expect(shapeLine()).toMatch(/^Network 4-8-3: 4 inputs → 3 classes .*hidden layers \(8\)/);
  });

  it('keeps the chosen targets while the text is edited, and resets them for other columns', () => {
    const { paste } = setup();
    paste(IRIS_LIKE);
    fireEvent.click(target('sepal length'));
    fireEvent.click(target('species'));
    paste(`${IRIS_LIKE}\n5.9,3.9,1.9,0.9,1`);
    expect([target('sepal length').checked, target('species').checked]).toEqual([true, false]);
    paste('a,b\n1,2\n3,4\n');
    expect([target('a').checked, target('b').checked]).toEqual([false, true]);
  });

  it.each([
    ['a short row', 'a,b,c\n1,2,3\n4,5\n', 'row 3, column 3: is missing'],
    [
      'a word among inputs',
      'a,b,c\n1,2,3\n4,five,6\n',
      'row 3, column 2: column ("b") "five" is not a number',
    ],
    [
      'names among numbers as target',
      'a,b\n1,cat\n2,3\n',
      'row 2, column 2: holds text such as "cat" among numbers',
    ],
    [
      'text that is not UTF-8',
      'a,b\n1,2\n3,\uFFFD\n',
      'row 3, column 2: holds bytes that are not UTF-8',
    ],
    ['blank text', '  \n \n', 'the CSV text is empty'],
    ['a header alone', 'a,b\n', 'the CSV has a header but no data rows'],
  ])('shows %s with its row and column and never imports it', (_case, text, message) => {
    const { use, paste, onImport } = setup();
    paste(text);
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(use.disabled).toBe(true);
    expect(screen.getByText('Fix the problems above first.')).toBeTruthy();
    fireEvent.click(use);
    expect(onImport).not.toHaveBeenCalled();
    expect(shapeLine()).toBe('');
  });

  it('marks the cell a problem names in the preview, in words', () => {
    const { paste } = setup();
    paste('a,b,c\n1,2,3\n4,five,6\n');
    const cell = screen.getByText('five').closest('td');
    expect(cell?.textContent).toBe('five ⚠ (problem)');
  });

  it('refuses a pasted text over 2 MB', () => {
    const { use, paste, onImport } = setup();
    paste(`x,y\n${'10,20\n'.repeat(Math.ceil(CSV_TEXT_MAX_BYTES / 6))}`);
    expect(screen.getByRole('alert').textContent).toMatch(/at most 2 MB/);
    fireEvent.click(use);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('needs an input column: ticking every column is a problem', () => {
    const { use, paste } = setup();
    paste('a,b\n1,2\n3,4\n');
    fireEvent.click(target('a'));
    expect(screen.getByRole('alert').textContent).toContain('at least one input column is needed');
    expect(use.disabled).toBe(true);
  });

  it('reads a chosen file into the text box and imports it', async () => {
    const { use, chooseFile, onImport } = setup();
    chooseFile(new File(['x,y,label\n1,2,0\n2,1,1\n'], 'points.csv', { type: 'text/csv' }));
    await screen.findByRole('table');
    expect((screen.getByLabelText('Paste CSV text') as HTMLTextAreaElement).value).toBe(
      'x,y,label\n1,2,0\n2,1,1\n',
    );
    expect(screen.getByText(/Read from “points.csv”/)).toBeTruthy();
    expect(shapeLine()).toMatch(/^2 inputs → 2 classes \(label 0, label 1\) on one 0\/1 output/);
    fireEvent.click(use);
    expect(onImport.mock.calls[0][0]).toEqual({
      kind: 'csv',
      text: 'x,y,label\n1,2,0\n2,1,1\n',
      targetColumns: ['label'],
    });
  });

  it('keeps what was typed when a file read started earlier finishes later', async () => {
    const { use, paste, chooseFile, onImport } = setup();
    const file = new File(['p,q\n9,9\n'], 'slow.csv');
    let finish: (text: string) => void = () => undefined;
    vi.spyOn(file, 'text').mockReturnValue(new Promise((resolve) => (finish = resolve)));
    chooseFile(file);
    expect(await screen.findByText('Reading the file…')).toBeTruthy();
    expect(use.disabled).toBe(true);
    paste('a,b\n1,2\n3,4\n');
    await act(async () => {
      finish('p,q\n9,9\n');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect((screen.getByLabelText('Paste CSV text') as HTMLTextAreaElement).value).toBe(
      'a,b\n1,2\n3,4\n',
    );
    fireEvent.click(use);
    expect(onImport.mock.calls[0][0].text).toBe('a,b\n1,2\n3,4\n');
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const { use, chooseFile, onImport } = setup();
    const file = new File(['1,2\n'], 'big.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 3 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    chooseFile(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“big.csv” is 3.0 MB; at most 2.0 MB can be imported');
    expect(text).not.toHaveBeenCalled();
    fireEvent.click(use);
    expect(onImport).not.toHaveBeenCalled();
  });

  it.each([
    ['an empty file', [], 'the CSV text is empty'],
    [
      'bytes that are not UTF-8',
      [new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xff])],
      'row 2, column 2: holds bytes that are not UTF-8',
    ],
  ])('reports %s from a file and never imports it', async (_case, parts, message) => {
    const { use, chooseFile, onImport } = setup();
    chooseFile(new File(parts as BlobPart[], 'bad.csv'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
    fireEvent.click(use);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('cancels without importing', () => {
    const { panel, paste, onImport, onCancel } = setup();
    paste(IRIS_LIKE);
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('lets the keyboard reach the preview, which scrolls on its own', () => {
    const { paste } = setup();
    paste(IRIS_LIKE);
    const scroller = screen.getByRole('region', { name: /Preview: the first 8/ });
    expect(scroller.tabIndex).toBe(0);
    expect(screen.getByRole('group', { name: 'Target column(s)' })).toBeTruthy();
  });
});
