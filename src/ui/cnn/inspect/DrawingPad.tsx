import { useCallback } from 'react';
import { useCnn } from '../cnnContext';
import { useText } from '../../useText';
import { DrawingSurface } from '../../common/DrawingSurface';

/** The CNN lab's drawing pad: each stroke, preprocessed like MNIST, becomes the views' input. */
export function DrawingPad() {
  const d = useText().cnn.drawing;
  const chooseInput = useCnn((s) => s.chooseInput);
  const drawing = useCnn((s) => s.inspectInput?.kind === 'pixels');
  const onDrawn = useCallback((pixels: Uint8Array | null) => chooseInput(pixels ? { kind: 'pixels', pixels } : null), [chooseInput]);
  return <DrawingSurface id="drawing-pad" words={d} active={drawing} onDrawn={onDrawn} />;
}
