// The problems that keep a CSV from being imported, each naming its row and column. Props only.
import { formatCsvIssue, type CsvIssue } from '../../data/csv';

export function CsvProblems({ problems }: { readonly problems: readonly CsvIssue[] }) {
  return (
    <div className="di-problems" role="alert">
      <p>
        <strong>
          {problems.length === 1 ? 'A problem' : `${problems.length} problems`} to fix before this
          data can be used:
        </strong>
      </p>
      <ul>
        {problems.map((p, k) => (
          <li key={k}>{formatCsvIssue(p)}</li>
        ))}
      </ul>
    </div>
  );
}
