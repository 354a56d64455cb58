import type { Padding, Volume } from '../../engine/explain';
import { valueAt } from '../../engine/explain';
import { useText } from '../useText';
import { CellInput } from './CellInput';

interface GridTableProps {
  /** Accessible name of the table, e.g. "Input, channel 1". */
  label: string;
  /** Prefix of each cell's name, e.g. "Input". */
  cellName: string;
  volume: Volume;
  channel: number;
  /** Cells to highlight, as "row,col" in the volume's own coordinates (may lie in the padding). */
  highlight?: ReadonlySet<string>;
  /** The one cell to outline strongly (a max-pooling winner). */
  strong?: string | null;
  /** Zero border to draw around the grid. */
  padding?: Padding;
  onEdit?(row: number, col: number, value: number): void;
  /** Shown turned by 180° (a flipped kernel): the values shown are the ones that slide. */
  className?: string;
}

/**
 * One channel of a small grid as a table: editable cells when `onEdit` is given, the zero-padding
 * border as muted cells, and the current window highlighted.
 */
export function GridTable({ label, cellName, volume, channel, highlight, strong = null, padding, onEdit, className }: GridTableProps) {
  const t = useText();
  const g = t.explainers.grid;
  const pad = padding ?? { top: 0, bottom: 0, left: 0, right: 0 };
  const rows = Array.from({ length: volume.rows + pad.top + pad.bottom }, (_v, i) => i - pad.top);
  const cols = Array.from({ length: volume.cols + pad.left + pad.right }, (_v, i) => i - pad.left);
  return (
    <table className={`grid-table${className ? ` ${className}` : ''}`} aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            {cols.map((q) => {
              const key = `${r},${q}`;
              const inWindow = highlight?.has(key) ?? false;
              const classes = [inWindow ? 'in-window' : '', strong === key ? 'winner' : ''].filter(Boolean).join(' ');
              if (r < 0 || q < 0 || r >= volume.rows || q >= volume.cols) {
                return <td key={q} className={`padding-cell ${classes}`} aria-label={g.paddingCell}>0</td>;
              }
              const value = valueAt(volume, channel, r, q);
              return (
                <td key={q} className={classes}>
                  {onEdit
                    ? <CellInput value={value} label={g.cell(cellName, r + 1, q + 1)} highlighted={inWindow} onCommit={(v) => onEdit(r, q, v)} />
                    : <span className="grid-value">{t.explainers.number(value)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
