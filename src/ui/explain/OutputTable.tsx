import type { Volume } from '../../engine/explain';
import { valueAt } from '../../engine/explain';
import { useText } from '../useText';

interface OutputTableProps {
  /** The table's accessible name ("Output": kept stable for tests and screen readers). */
  label: string;
  caption: string;
  output: Volume;
  /** How many cells (channel by channel, row by row) are computed; the rest stay empty. */
  computed: number;
  /** The cell of the current step, if any. */
  current: { channel: number; row: number; col: number } | null;
  /** Row header text for a channel's row (channel null when the output has one channel). */
  rowName(channel: number | null, row: number): string;
  /** Makes each cell a button that selects it (the pooling screen). */
  onSelect?(cell: { channel: number; row: number; col: number }): void;
  selectLabel?(value: string, row: number, col: number): string;
}

/**
 * The computed output as a real table: one row per output row (channel after channel), the numbers
 * as text, cells not yet computed left empty, the current cell marked.
 */
export function OutputTable({ label, caption, output, computed, current, rowName, onSelect, selectLabel }: OutputTableProps) {
  const t = useText();
  const deep = output.channels > 1;
  return (
    <table className="grid-table output-table" aria-label={label}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {Array.from({ length: output.cols }, (_v, q) => <th key={q} scope="col">{q + 1}</th>)}
        </tr>
      </thead>
      {Array.from({ length: output.channels }, (_c, channel) => (
        <tbody key={channel} className={deep ? 'output-channel' : undefined}>
          {Array.from({ length: output.rows }, (_r, row) => (
            <tr key={row}>
              <th scope="row" aria-label={rowName(deep ? channel + 1 : null, row + 1)}>{deep && row === 0 ? `${channel + 1}·${row + 1}` : deep ? `·${row + 1}` : row + 1}</th>
              {Array.from({ length: output.cols }, (_q, col) => {
                const index = (channel * output.rows + row) * output.cols + col;
                const isCurrent = current?.channel === channel && current.row === row && current.col === col;
                const text = index < computed ? t.explainers.number(valueAt(output, channel, row, col)) : '';
                return (
                  <td key={col} className={isCurrent ? 'current' : undefined} aria-current={isCurrent ? 'true' : undefined}>
                    {onSelect && text !== ''
                      ? <button type="button" className="output-cell-button" aria-pressed={isCurrent} aria-label={selectLabel?.(text, row + 1, col + 1)}
                          onClick={() => onSelect({ channel, row, col })}>{text}</button>
                      : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
