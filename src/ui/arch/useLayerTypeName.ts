import { useCallback } from 'react';
import type { LayerSummary } from '../../engine/shapes';
import { useText } from '../useText';

/** A layer's type as Keras names its class (Conv2D, BatchNormalization …), the same in every language. */
export function useLayerTypeName(): (layer: Pick<LayerSummary, 'type'>) => string {
  const t = useText();
  return useCallback((layer) => t.cnn.table.layerTypes[layer.type] ?? String(layer.type), [t]);
}
