import { useCallback, useMemo } from 'react';
import { en } from '../../../content/en';
import { CELL_ROWS, type GateName, type UnrolledDirection } from '../../../engine/recurrent/unroll';
import { scaleFor, type ColorScale } from '../../../viz/colorScales';
import type { GateCell } from '../../../viz/gateHeatmap';
import type { SelectedGateCell } from '../../../store/rnn/unrollSlice';
import { useRnn } from '../rnnContext';
import { HeatmapRow } from './HeatmapRow';
import { CellStateRow } from './CellStateRow';

const u = en.rnn.unrolled;
/** Gates live in (0, 1); the candidate and hidden state in (−1, 1); the cell state is unbounded. */
const GATE_SCALE = scaleFor([0, 1]);
const UNIT_SCALE = scaleFor([-1, 1]);
const OPEN_CLOSED: readonly GateName[] = ['input', 'forget', 'output', 'update', 'reset'];

export const formatValue = (value: number) => value.toFixed(3);

function scaleOf(gate: GateName, values: Float32Array): ColorScale {
  if (OPEN_CLOSED.includes(gate)) return GATE_SCALE;
  if (gate !== 'cell') return UNIT_SCALE;
  let bound = 1;
  for (const v of values) bound = Math.max(bound, Math.abs(v));
  return scaleFor([-bound, bound]);
}

interface Props {
  layer: number;
  layers: number;
  bidirectional: boolean;
  direction: UnrolledDirection;
  cellWidth: number;
  cellHeight: number;
  selected: SelectedGateCell;
}

/** Every gate and state of one direction of one layer, one row each, columns aligned to the steps. */
export function DirectionBlock({ layer, layers, bidirectional, direction, cellWidth, cellHeight, selected }: Props) {
  const selectCell = useRnn((s) => s.selectCell);
  const here = selected.layer === layer && selected.direction === direction.direction;
  const onSelect = useCallback((cell: GateCell) => selectCell({ layer, direction: direction.direction, ...cell }), [selectCell, layer, direction.direction]);
  const prefix = u.cellPrefix(layer, direction.direction);
  const selectedCell = useMemo(() => (here ? { step: selected.step, unit: selected.unit } : null), [here, selected.step, selected.unit]);
  const rows = CELL_ROWS[direction.cell];
  const labels = useMemo(() => Object.fromEntries(rows.map((gate) => {
    const name = u.gateNames[gate];
    return [gate, {
      cell: (step: number, unit: number, value: number) => u.cellLabel(prefix, name, step, unit, formatValue(value)),
      grid: u.gridLabel(prefix, name),
    }];
  })), [rows, prefix]);
  const title = u.layerDirection(layer, layers, direction.direction, bidirectional);
  return (
    <section className="unrolled-block" aria-label={title}>
      <h4>{title}</h4>
      {rows.map((gate) => {
        const values = direction.values[gate]!;
        return (
          <div key={gate}>
            <HeatmapRow id={`rnn-${layer}-${direction.direction}-${gate}`} name={u.gateNames[gate]}
              symbol={direction.cell === 'gru' && gate === 'candidate' ? u.gruCandidateSymbol : u.gateSymbols[gate]}
              values={values} steps={direction.steps} units={direction.units} scale={scaleOf(gate, values)}
              cellWidth={cellWidth} cellHeight={cellHeight} selectedStep={selected.step} selected={selectedCell}
              cellLabel={labels[gate]!.cell} gridLabel={labels[gate]!.grid} onSelect={onSelect} />
            {gate === 'cell' && (
              <CellStateRow cell={values} forget={direction.values.forget!} steps={direction.steps} units={direction.units}
                cellWidth={cellWidth} selectedUnit={here ? selected.unit : 0} selectedStep={selected.step} />
            )}
          </div>
        );
      })}
    </section>
  );
}
