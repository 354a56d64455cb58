/** The pooling screen's numbers, from engine/explain: where the windows fall (or why they cannot), the output and the selected window. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pool, poolGeometry, poolWindow, type GeometryResult, type PoolWindow, type Volume } from '../../engine/explain';
import { usePool } from './poolContext';

export interface PoolComputation {
  geometry: GeometryResult;
  output: Volume | null;
  /** The window behind the selected output cell. */
  window: PoolWindow | null;
}

export function usePoolComputation(): PoolComputation {
  const config = usePool(useShallow((s) => ({ input: s.input, kind: s.kind, size: s.size, stride: s.stride, padding: s.padding })));
  const selected = usePool((s) => s.selected);
  const computed = useMemo(() => {
    const geometry = poolGeometry(config.input, config);
    return { geometry, output: geometry.ok ? pool(config.input, config, geometry.geometry) : null };
  }, [config]);
  const window = useMemo(() => {
    const { geometry } = computed;
    if (!geometry.ok) return null;
    const g = geometry.geometry;
    if (selected.channel >= config.input.channels || selected.row >= g.outRows || selected.col >= g.outCols) return null;
    return poolWindow(config.input, config.kind, g, selected.channel, selected.row, selected.col);
  }, [computed, config, selected]);
  return { ...computed, window };
}
