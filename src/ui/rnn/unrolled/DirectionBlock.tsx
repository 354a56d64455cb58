import { useCallback, useMemo } from 'react';
import { CELL_ROWS, type GateName, type UnrolledDirection } from '../../../engine/recurrent/unroll';
import { scaleFor, type ColorScale } from '../../../viz/colorScales';
import type { GateCell } from '../../../viz/gateHeatmap';
import type { SelectedGateCell } from '../../../store/rnn/unrollSlice';
import { useRnn } from '../rnnContext';
import { HeatmapRow } from './HeatmapRow';
import { CellStateRow } from './CellStateRow';
import { sliceWindow, type ViewWindow } from './viewWindow';
import { useText } from '../../useText';
import { threeDecimals } from '../../../content/numberFormat';

/** Gates live in (0, 1); the candidate and hidden state in (−1, 1); the cell state is unbounded. */
const GATE_SCALE = scaleFor([0, 1]);
const UNIT_SCALE = scaleFor([-1, 1]);
const OPEN_CLOSED: readonly GateName[] = ['input', 'forget', 'output', 'update', 'reset'];

/** Three decimals; NaN, ∞ or −∞ for a value that is not finite (a diverged network). */
export const formatValue = threeDecimals;

function scaleOf(gate: GateName, values: Float32Array): ColorScale {
  if (OPEN_CLOSED.includes(gate)) return GATE_SCALE;
  if (gate !== 'cell') return UNIT_SCALE;
  let bound = 1;
  // A NaN or ∞ (drawn as a marked cell) must not wash out every other cell's colour.
  for (const v of values) if (Number.isFinite(v)) bound = Math.max(bound, Math.abs(v));
  return scaleFor([-bound, bound]);
}

interface Props {
  layer: number;
  layers: number;
  bidirectional: boolean;
  direction: UnrolledDirection;
  /** The part of the steps and units drawn. */
  frame: ViewWindow;
  cellWidth: number;
  cellHeight: number;
  /** In absolute steps and units. */
  selected: SelectedGateCell;
}

/** Every gate and state of one direction of one layer, one row each, columns aligned to the steps. */
export function DirectionBlock({ layer, layers, bidirectional, direction, frame, cellWidth, cellHeight, selected }: Props) {
  const t = useText();
  const u = t.rnn.unrolled;
  const selectCell = useRnn((s) => s.selectCell);
  const here = selected.layer === layer && selected.direction === direction.direction;
  const { stepStart, unitStart, stepCount, unitCount } = frame;
  const onSelect = useCallback((cell: GateCell) => selectCell({ layer, direction: direction.direction, step: cell.step + stepStart, unit: cell.unit + unitStart }),
    [selectCell, layer, direction.direction, stepStart, unitStart]);
  const prefix = u.cellPrefix(layer, direction.direction);
  const step = selected.step - stepStart;
  const unit = selected.unit - unitStart;
  const stepShown = step >= 0 && step < stepCount ? step : null;
  const selectedCell = useMemo(() => (here && stepShown !== null && unit >= 0 && unit < unitCount ? { step: stepShown, unit } : null), [here, stepShown, unit, unitCount]);
  const rows = CELL_ROWS[direction.cell];
  const shown = useMemo(() => Object.fromEntries(rows.map((gate) => {
    const values = sliceWindow(direction.values[gate]!, direction.units, frame);
    const name = u.gateNames[gate];
    return [gate, {
      values, scale: scaleOf(gate, values),
      cell: (s: number, j: number, value: number) => u.cellLabel(prefix, name, s + stepStart, j + unitStart, formatValue(value)),
      grid: u.gridLabel(prefix, name),
    }];
  })), [rows, direction, frame, prefix, stepStart, unitStart, u]);
  const title = u.layerDirection(layer, layers, direction.direction, bidirectional);
  return (
    <section className="unrolled-block" aria-label={title}>
      <h4>{title}</h4>
      {rows.map((gate) => (
        <div key={gate}>
          <HeatmapRow id={`rnn-${layer}-${direction.direction}-${gate}`} name={u.gateNames[gate]}
            symbol={direction.cell === 'gru' && gate === 'candidate' ? u.gruCandidateSymbol : u.gateSymbols[gate]}
            values={shown[gate]!.values} steps={stepCount} units={unitCount} scale={shown[gate]!.scale}
            cellWidth={cellWidth} cellHeight={cellHeight} selectedStep={stepShown} selected={selectedCell}
            cellLabel={shown[gate]!.cell} gridLabel={shown[gate]!.grid} nonFiniteLabel={t.charts.notANumber} onSelect={onSelect} />
          {gate === 'cell' && (
            <CellStateRow cell={shown.cell!.values} forget={shown.forget!.values} steps={stepCount} units={unitCount}
              cellWidth={cellWidth} selectedUnit={here && unit >= 0 && unit < unitCount ? unit : -1} selectedStep={stepShown}
              stepOffset={stepStart} unitOffset={unitStart} />
          )}
        </div>
      ))}
    </section>
  );
}
