// "Import data": a CSV file or pasted text, its preview, the target columns and the network
// shape they give. Props only (no store, no worker); nothing is applied until "Use this data",
// and a text with problems never reaches onImport.
import { useDeferredValue, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  previewCsv,
  readCsvText,
  type CsvShape,
  type CsvSpec,
  type CsvTable,
} from '../../data/csvPreview';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvProblems } from './CsvProblems';
import { DATA_IMPORT_CSS } from './dataImportStyles';
import { useStyleSheet } from '../common/useStyleSheet';
import { describeShape } from './describeShape';
import { readCsvFile } from './readCsvFile';
import { TargetPicker } from './TargetPicker';

export interface CsvImportProps {
  /** Called only from "Use this data", with a spec and shape that load without problems. */
  readonly onImport: (spec: CsvSpec, shape: CsvShape) => void;
  readonly onCancel: () => void;
  /** The network's hidden layer sizes, to state the whole shape (4-8-3); omit to leave it out. */
  readonly hiddenLayers?: readonly number[];
}

/** Targets chosen for one set of columns; a text with other columns starts from the default. */
interface Choice {
  readonly columns: string;
  readonly targets: readonly number[];
}
const columnsKey = (table: CsvTable): string => JSON.stringify(table.columns);

export function CsvImport({ onImport, onCancel, hiddenLayers }: CsvImportProps) {
  useStyleSheet(DATA_IMPORT_CSS);
  const ids = { title: useId(), file: useId(), text: useId(), why: useId() };
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [choice, setChoice] = useState<Choice | null>(null);
  const readToken = useRef(0);

  // Parsing a large text can take a moment: typing stays responsive, the preview follows.
  const shown = useDeferredValue(text);
  const read = useMemo(
    () => (shown === '' && fileName === null ? null : readCsvText(shown)),
    [shown, fileName],
  );
  const table = read?.table ?? null;
  const chosen = table && choice?.columns === columnsKey(table) ? choice.targets : undefined;
  const preview = useMemo(() => (read ? previewCsv(read, chosen) : null), [read, chosen]);
  const ready = preview?.ok === true && shown === text && !reading;

  const whyNot = !preview
    ? 'Choose a file or paste CSV text first.'
    : reading || shown !== text
      ? 'Reading…'
      : 'Fix the problems above first.';
  const badCells = useMemo(
    () =>
      new Set(preview && !preview.ok ? preview.problems.map((p) => `${p.row}:${p.column}`) : []),
    [preview],
  );

  const onText = (e: ChangeEvent<HTMLTextAreaElement>): void => {
    readToken.current += 1; // a file still being read no longer replaces what is typed
    setReading(false);
    setText(e.currentTarget.value);
    setFileName(null);
    setFileMessage(null);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    const token = (readToken.current += 1);
    setFileMessage(null);
    setReading(true);
    const result = await readCsvFile(file);
    if (token !== readToken.current) return;
    setReading(false);
    if (!result.ok) {
      setFileMessage(result.message);
      return;
    }
    setText(result.text);
    setFileName(file.name);
  };

  return (
    <section className="di-panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Import data</h2>
      <p className="di-hint">
        One row per sample, numbers only (a class column may hold names), an optional header row.
        Nothing changes until you choose “Use this data”.
      </p>
      <div className="field">
        <label htmlFor={ids.file}>
          <span>CSV file</span>
        </label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {reading ? <p role="status">Reading the file…</p> : null}
      {fileMessage ? (
        <p className="di-problems" role="alert">
          <strong>File not used:</strong> {fileMessage}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.text}>
          <span>Paste CSV text</span>
        </label>
        <textarea
          id={ids.text}
          value={text}
          onChange={onText}
          spellCheck={false}
          autoComplete="off"
          placeholder={'x1,x2,label\n0.5,1.2,0\n…'}
        />
      </div>
      {fileName !== null && shown === text ? (
        <p className="di-hint">Read from “{fileName}”; you may edit it above.</p>
      ) : null}
      {preview?.table ? (
        <>
          <CsvPreviewTable table={preview.table} targets={preview.targets} badCells={badCells} />
          <TargetPicker
            columns={preview.table.columns}
            targets={preview.targets}
            onChange={(targets) =>
              preview.table && setChoice({ columns: columnsKey(preview.table), targets })
            }
          />
        </>
      ) : null}
      <p className="di-shape" role="status">
        {preview?.ok ? describeShape(preview.shape, hiddenLayers) : ''}
      </p>
      {preview && !preview.ok && preview.problems.length > 0 ? (
        <CsvProblems problems={preview.problems} />
      ) : null}
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={!ready}
          aria-describedby={ready ? undefined : ids.why}
          onClick={() => {
            if (ready && preview.ok) onImport(preview.spec, preview.shape);
          }}
        >
          Use this data
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {ready ? null : (
          <span id={ids.why} className="di-why">
            {whyNot}
          </span>
        )}
      </div>
    </section>
  );
}
