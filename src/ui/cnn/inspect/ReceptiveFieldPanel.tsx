import { fieldGeometries, fieldSteps, unitFieldRange } from '../../../engine/receptiveField';
import { useCnn } from '../cnnContext';

/** A global average pools the whole map below, so its field is the union of all their fields. */
function GlobalField({ layerIndex, channel }: { layerIndex: number; channel: number }) {
  const spec = useCnn((s) => s.spec);
  const summary = useCnn((s) => s.summary);
  const layer = spec.layers[layerIndex]!;
  const belowShape = layerIndex === 0 ? summary.inputShape : summary.layers[layerIndex - 1]!.outputShape!;
  const [h = 1, w = 1] = belowShape;
  const span = (axis: 'rows' | 'cols', last: number) => {
    if (layerIndex === 0) return { first: 0, last };
    const a = unitFieldRange(spec, layerIndex - 1, 0, axis);
    const b = unitFieldRange(spec, layerIndex - 1, last, axis);
    return { first: a?.first ?? 0, last: b?.last ?? last };
  };
  const rows = span('rows', h - 1);
  const cols = span('cols', w - 1);
  return (
    <section className="receptive-field" aria-label="Receptive field">
      <h4>Receptive field of {layer.name}, channel {channel}</h4>
      <p className="field-range">
        Global average pooling averages all {h}×{w} units below, so it sees input pixels <strong>rows {rows.first}–{rows.last}, columns {cols.first}–{cols.last}</strong>; field size <strong>{rows.last - rows.first + 1}×{cols.last - cols.first + 1}</strong>.
      </p>
    </section>
  );
}

/** Where the selected unit looks in the input, with the arithmetic written out. */
export function ReceptiveFieldPanel() {
  const spec = useCnn((s) => s.spec);
  const unit = useCnn((s) => s.selectedUnit);
  if (!unit || unit.layerIndex < 0) return null;
  const layer = spec.layers[unit.layerIndex];
  const field = fieldGeometries(spec)[unit.layerIndex];
  const rows = unitFieldRange(spec, unit.layerIndex, unit.row, 'rows');
  const cols = unitFieldRange(spec, unit.layerIndex, unit.col, 'cols');
  if (layer?.type === 'pool' && layer.kind === 'globalAverage') return <GlobalField layerIndex={unit.layerIndex} channel={unit.channel} />;
  if (!layer || !field) return null;
  const steps = fieldSteps(spec, unit.layerIndex);
  const sizeTerms = steps.map((s) => `(${s.kernel} − 1)·${s.jumpBefore}`).join(' + ');
  const jumpTerms = steps.map((s) => s.stride).join('·') || '1';
  const padTerms = steps.filter((s) => s.pad).map((s) => `${s.pad}·${s.jumpBefore}`);
  const firstRow = field.start + unit.row * field.jump;
  const firstCol = field.start + unit.col * field.jump;
  return (
    <section className="receptive-field" aria-label="Receptive field">
      <h4>Receptive field of {layer.name}, channel {unit.channel}, row {unit.row}, column {unit.col}</h4>
      {rows && cols ? (
        <p className="field-range">
          Input pixels <strong>rows {rows.first}–{rows.last}, columns {cols.first}–{cols.last}</strong>; field size <strong>{field.size}×{field.size}</strong>
          {(rows.last - rows.first + 1 < field.size || cols.last - cols.first + 1 < field.size) && ' (clipped where it reaches into padding or past the border)'}
        </p>
      ) : (
        <p className="field-range">This unit sees only zero padding; field size {field.size}×{field.size}.</p>
      )}
      <dl className="formulas">
        <dt>size r = 1 + Σ (k − 1)·jump below</dt>
        <dd>1{sizeTerms ? ` + ${sizeTerms}` : ''} = {field.size}</dd>
        <dt>jump j = product of strides</dt>
        <dd>{jumpTerms} = {field.jump}</dd>
        <dt>start = − Σ padding·jump below</dt>
        <dd>{padTerms.length ? `−(${padTerms.join(' + ')})` : '0'} = {field.start}</dd>
        <dt>first row = start + row·j</dt>
        <dd>{field.start} + {unit.row}·{field.jump} = {firstRow}, last = {firstRow} + {field.size} − 1 = {firstRow + field.size - 1}</dd>
        <dt>first column = start + column·j</dt>
        <dd>{field.start} + {unit.col}·{field.jump} = {firstCol}, last = {firstCol + field.size - 1}</dd>
      </dl>
    </section>
  );
}
