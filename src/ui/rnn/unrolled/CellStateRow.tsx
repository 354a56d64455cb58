import { useCallback, useMemo } from 'react';
import { en } from '../../../content/en';
import { createCellStatePath, wipedSteps, type CellStatePathData } from '../../../viz/cellStatePath';
import { useViz } from '../../hooks/useViz';

/** The LSTM cell state drawn as a continuous path through time, below its heatmap row. */
export function CellStateRow({ cell, forget, steps, units, cellWidth, selectedUnit, selectedStep }: Omit<CellStatePathData, 'label'>) {
  const u = en.rnn.unrolled;
  const create = useCallback((element: HTMLDivElement) => createCellStatePath(element), []);
  const data = useMemo<CellStatePathData>(() => ({
    cell, forget, steps, units, cellWidth, selectedUnit, selectedStep,
    label: u.conveyorLabel(selectedUnit, wipedSteps(forget, steps, units, selectedUnit)),
  }), [cell, forget, steps, units, cellWidth, selectedUnit, selectedStep, u]);
  const ref = useViz(create, data);
  return (
    <div className="unrolled-row conveyor-row">
      <div className="row-label" title={u.conveyorNote}>{u.conveyor}</div>
      <div ref={ref} className="row-heatmap" />
    </div>
  );
}
