import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  SHIFT_KERNEL, SHIFT_PICTURE, changeBetween, convolve, pool, poolGeometry, shiftVolume, windowGeometry, type Volume,
} from '../../engine/explain';
import { scaleFor } from '../../viz/colorScales';
import { LabelledSelect } from '../explain/LabelledSelect';
import { MapCanvas, ScaleLegend } from '../explain/MapCanvas';
import { useText } from '../useText';
import { usePool } from './poolContext';

const SHIFTS = {
  none: { down: 0, right: 0 },
  right: { down: 0, right: 1 },
  left: { down: 0, right: -1 },
  down: { down: 1, right: 0 },
  up: { down: -1, right: 0 },
} as const;
type ShiftName = keyof typeof SHIFTS;
const SHIFT_NAMES = Object.keys(SHIFTS) as ShiftName[];
const POOLING = { kind: 'max', size: 2, stride: 2, padding: 'valid' } as const;

/** The picture's vertical-edge map (ReLU) and its 2 × 2 max-pooled map. */
function pipeline(picture: Volume): { conv: Volume; pooled: Volume } {
  const geometry = windowGeometry({ inRows: picture.rows, inCols: picture.cols, kernelRows: 3, kernelCols: 3, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
  if (!geometry.ok) throw new Error('the demo picture is smaller than its kernel');
  const conv = convolve({ input: picture, kernels: [SHIFT_KERNEL], biases: [0], geometry: geometry.geometry, activation: 'relu', flip: false }).output;
  const pooling = poolGeometry(conv, POOLING);
  if (!pooling.ok) throw new Error('the demo map is smaller than its pooling window');
  return { conv, pooled: pool(conv, POOLING, pooling.geometry) };
}

/** "row,col" of every cell that differs between two maps. */
function changedCells(before: Volume, after: Volume): Set<string> {
  const cells = new Set<string>();
  before.values.forEach((v, i) => {
    if (Math.abs(v - after.values[i]!) > 1e-9) cells.add(`${Math.floor(i / before.cols)},${i % before.cols}`);
  });
  return cells;
}

const percent = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 0} %`;

/** Shift a picture by one pixel: the convolution output moves with it, the pooled output mostly does not. */
export function ShiftDemo() {
  const t = useText().explainers;
  const w = t.shift;
  const shift = usePool(useShallow((s) => s.shift));
  const setShift = usePool((s) => s.setShift);
  const name = SHIFT_NAMES.find((n) => SHIFTS[n].down === shift.down && SHIFTS[n].right === shift.right) ?? 'none';
  const result = useMemo(() => {
    const original = pipeline(SHIFT_PICTURE);
    const picture = shiftVolume(SHIFT_PICTURE, shift.down, shift.right);
    const moved = pipeline(picture);
    return {
      original, picture, moved,
      convChange: changeBetween(original.conv, moved.conv), poolChange: changeBetween(original.pooled, moved.pooled),
      convCells: changedCells(original.conv, moved.conv), poolCells: changedCells(original.pooled, moved.pooled),
    };
  }, [shift.down, shift.right]);
  const mapScale = useMemo(() => scaleFor([...result.original.conv.values, ...result.moved.conv.values]), [result]);
  const pictureScale = useMemo(() => scaleFor([0, 1]), []);
  const format = t.number;
  const map = (title: string, volume: Volume, scale: typeof mapScale, changed?: Set<string>) => (
    <figure className="digit-map">
      <figcaption>{title} ({volume.rows} × {volume.cols})</figcaption>
      <MapCanvas volume={volume} scale={scale} width={120} outlined={changed}
        label={changed ? w.mapLabel(title, volume.rows, volume.cols, changed.size) : t.digit.mapLabel(title, volume.rows, volume.cols, format(Math.min(...volume.values)), format(Math.max(...volume.values)))} />
    </figure>
  );
  const { convChange, poolChange } = result;
  return (
    <section className="panel panel-explain" aria-labelledby="shift-heading">
      <h2 id="shift-heading">{w.title}</h2>
      <p className="intro">{w.intro}</p>
      <div className="hyper-form">
        <LabelledSelect id="shift-direction" label={w.direction} value={name} options={SHIFT_NAMES.map((n) => ({ value: n, label: w.directions[n] }))}
          onChange={(n) => setShift({ ...SHIFTS[n] })} />
      </div>
      <div className="shift-rows">
        <div className="digit-maps">
          {map(w.picture(false), SHIFT_PICTURE, pictureScale)}
          {map(w.conv, result.original.conv, mapScale)}
          {map(w.pooled, result.original.pooled, mapScale)}
        </div>
        <div className="digit-maps">
          {map(w.picture(true), result.picture, pictureScale)}
          {map(w.conv, result.moved.conv, mapScale, result.convCells)}
          {map(w.pooled, result.moved.pooled, mapScale, result.poolCells)}
        </div>
      </div>
      <ScaleLegend scale={mapScale} format={format} description={`${t.digit.legendPositive} ${w.legend}`} />
      <ul className="shift-changes">
        <li>{w.conv}: {w.changed(convChange.changed, convChange.active, percent(convChange.changed, convChange.active), format(convChange.meanAbsolute))}</li>
        <li>{w.pooled}: {w.changed(poolChange.changed, poolChange.active, percent(poolChange.changed, poolChange.active), format(poolChange.meanAbsolute))}</li>
      </ul>
      {convChange.changed > 0 && (
        <p role="status">{w.verdict(percent(convChange.changed, convChange.active), percent(poolChange.changed, poolChange.active),
          poolChange.changed / Math.max(1, poolChange.active) < convChange.changed / Math.max(1, convChange.active))}</p>
      )}
    </section>
  );
}
