import { useCallback, useMemo } from 'react';
import { createGateHeatmap, type GateCell, type GateHeatmapData } from '../../../viz/gateHeatmap';
import { useViz } from '../../hooks/useViz';

export interface HeatmapRowProps extends GateHeatmapData {
  /** Unique on the page (cell ids hang off it). */
  id: string;
  symbol: string;
  name: string;
  onSelect(cell: GateCell): void;
}

/** One labelled row of the unrolled view: a gate or state for every unit at every step. */
export function HeatmapRow(props: HeatmapRowProps) {
  const { id, onSelect } = props;
  const create = useCallback((element: HTMLDivElement) => createGateHeatmap(element, { idPrefix: id, onSelect }), [id, onSelect]);
  const data = useMemo<GateHeatmapData>(() => ({
    values: props.values, steps: props.steps, units: props.units, scale: props.scale, cellWidth: props.cellWidth,
    cellHeight: props.cellHeight, selectedStep: props.selectedStep, selected: props.selected, cellLabel: props.cellLabel, gridLabel: props.gridLabel,
    nonFiniteLabel: props.nonFiniteLabel,
  }), [props.nonFiniteLabel, props.values, props.steps, props.units, props.scale, props.cellWidth, props.cellHeight, props.selectedStep, props.selected, props.cellLabel, props.gridLabel]);
  const ref = useViz(create, data);
  return (
    <div className="unrolled-row">
      <div className="row-label"><span className="gate-symbol">{props.symbol}</span> {props.name}</div>
      <div ref={ref} className="row-heatmap" />
    </div>
  );
}
