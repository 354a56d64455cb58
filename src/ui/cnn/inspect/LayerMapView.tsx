import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { createFeatureMapGrid, type FeatureMapGrid, type Outline } from '../../../viz/featureMapGrid';
import type { LayerActivation } from '../../../engine/inspection';
import type { SelectedUnit } from '../../../store/cnn/inspectSlice';
import { useCnn } from '../cnnContext';
import { useText } from '../../useText';

interface Props {
  /** Index into spec.layers (-1 for the input image). */
  layerIndex: number;
  activation: LayerActivation;
  outline: Outline | null;
  /** Only feature maps can be selected; dense layers are shown as a strip. */
  selectable: boolean;
}

/** One layer's activations: a focusable grid of heatmaps with keyboard and pointer selection. */
export function LayerMapView({ layerIndex, activation, outline, selectable }: Props) {
  const text = useText();
  const v = text.cnn.inspect;
  const nonFiniteLabel = text.charts.notANumber;
  const ref = useRef<HTMLDivElement>(null);
  const viz = useRef<FeatureMapGrid | null>(null);
  const selected = useCnn((s) => (s.selectedUnit?.layerIndex === layerIndex ? s.selectedUnit : null));
  const selectUnit = useCnn((s) => s.selectUnit);
  const shape = useMemo(() => {
    if (activation.shape.length === 3) return activation.shape;
    // Global pooling: one 1×1 map per channel. Dense: a single strip of units.
    return activation.type === 'pool' ? [1, 1, activation.shape[0]!] : [1, activation.shape[0]!, 1];
  }, [activation.shape, activation.type]);
  const [h = 1, w = 1, c = 1] = shape;

  useEffect(() => {
    if (!ref.current) return undefined;
    const tileSize = activation.shape.length === 3 ? Math.max(56, Math.min(96, 4 * Math.max(h, w))) : activation.type === 'pool' ? 24 : 600;
    viz.current = createFeatureMapGrid(ref.current, { tileSize });
    return () => viz.current?.destroy();
  }, [activation.shape.length, activation.type, h, w]);
  useEffect(() => {
    viz.current?.update({ shape, values: activation.values, selected, outline, nonFiniteLabel });
  }, [shape, activation.values, selected, outline, nonFiniteLabel]);

  const select = useCallback((unit: Omit<SelectedUnit, 'layerIndex'>) => selectUnit({ layerIndex, ...unit }), [layerIndex, selectUnit]);
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!selectable) return;
    const current = selected ?? { channel: 0, row: 0, col: 0 };
    const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
    const moves: Record<string, () => Omit<SelectedUnit, 'layerIndex'>> = {
      Home: () => ({ channel: 0, row: 0, col: 0 }),
      ArrowUp: () => ({ ...current, row: clamp(current.row - 1, h) }),
      ArrowDown: () => ({ ...current, row: clamp(current.row + 1, h) }),
      ArrowLeft: () => ({ ...current, col: clamp(current.col - 1, w) }),
      ArrowRight: () => ({ ...current, col: clamp(current.col + 1, w) }),
      PageUp: () => ({ ...current, channel: clamp(current.channel - 1, c) }),
      PageDown: () => ({ ...current, channel: clamp(current.channel + 1, c) }),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    select(move());
  };
  const fromPointer = (clientX: number, clientY: number) => {
    if (!selectable) return;
    const unit = viz.current?.unitAt(clientX, clientY);
    if (unit) select(unit);
  };
  const name = layerIndex < 0 ? v.inputName : activation.name;
  return (
    <div
      ref={ref}
      className="layer-map"
      tabIndex={selectable ? 0 : -1}
      role="application"
      aria-roledescription={v.mapsRole}
      aria-label={v.mapsLabel(name, activation.shape.join('×'), selectable)}
      onKeyDown={onKey}
      onPointerMove={(e) => { if (e.buttons === 0 && e.pointerType === 'mouse') fromPointer(e.clientX, e.clientY); }}
      onPointerDown={(e) => fromPointer(e.clientX, e.clientY)}
    />
  );
}
