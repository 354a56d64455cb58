import { fieldGeometries, fieldSteps, unitFieldRange } from '../../../engine/receptiveField';
import { inputIndices } from '../../../engine/graph';
import { useCnn } from '../cnnContext';
import { Formula } from '../../common/Formula';
import { useText } from '../../useText';

/** A global average pools the whole map below, so its field is the union of all their fields. */
function GlobalField({ layerIndex, channel }: { layerIndex: number; channel: number }) {
  const r = useText().cnn.receptive;
  const spec = useCnn((s) => s.spec);
  const summary = useCnn((s) => s.summary);
  const layer = spec.layers[layerIndex]!;
  // The layer it pools (in a branched network, not necessarily the one listed above it).
  const from = inputIndices(summary)[layerIndex]![0]!;
  const belowShape = from < 0 ? summary.inputShape : summary.layers[from]!.outputShape!;
  const [h = 1, w = 1] = belowShape;
  const span = (axis: 'rows' | 'cols', last: number) => {
    if (from < 0) return { first: 0, last };
    const a = unitFieldRange(spec, from, 0, axis, -1, channel);
    const b = unitFieldRange(spec, from, last, axis, -1, channel);
    return { first: a?.first ?? 0, last: b?.last ?? last };
  };
  const rows = span('rows', h - 1);
  const cols = span('cols', w - 1);
  return (
    <section className="receptive-field" aria-label={r.region}>
      <h4>{r.globalHeading(layer.name, channel)}</h4>
      <p className="field-range">
        {r.global(h, w)} <strong>{r.range(rows.first, rows.last, cols.first, cols.last)}</strong>; {r.size} <strong>{rows.last - rows.first + 1}×{cols.last - cols.first + 1}</strong>.
      </p>
    </section>
  );
}

/** Where the selected unit looks in the input, with the arithmetic written out. */
export function ReceptiveFieldPanel() {
  const r = useText().cnn.receptive;
  const spec = useCnn((s) => s.spec);
  const unit = useCnn((s) => s.selectedUnit);
  if (!unit || unit.layerIndex < 0) return null;
  const layer = spec.layers[unit.layerIndex];
  const field = fieldGeometries(spec)[unit.layerIndex];
  const rows = unitFieldRange(spec, unit.layerIndex, unit.row, 'rows', -1, unit.channel);
  const cols = unitFieldRange(spec, unit.layerIndex, unit.col, 'cols', -1, unit.channel);
  if (layer?.type === 'pool' && layer.kind === 'globalAverage') return <GlobalField layerIndex={unit.layerIndex} channel={unit.channel} />;
  if (!layer || !field) return null;
  const steps = fieldSteps(spec, unit.layerIndex);
  const sizeTerms = steps.map((s) => `(${s.kernel} - 1)\\cdot ${s.jumpBefore}`).join(' + ');
  const jumpTerms = steps.map((s) => s.stride).join('\\cdot ') || '1';
  const padTerms = steps.filter((s) => s.pad).map((s) => `${s.pad}\\cdot ${s.jumpBefore}`);
  const firstRow = field.start + unit.row * field.jump;
  const firstCol = field.start + unit.col * field.jump;
  return (
    <section className="receptive-field" aria-label={r.region}>
      <h4>{r.heading(layer.name, unit.channel, unit.row, unit.col)}</h4>
      {rows && cols ? (
        <p className="field-range">
          {r.pixels} <strong>{r.range(rows.first, rows.last, cols.first, cols.last)}</strong>; {r.size} <strong>{field.size}×{field.size}</strong>
          {(rows.last - rows.first + 1 < field.size || cols.last - cols.first + 1 < field.size) && r.clipped}
        </p>
      ) : (
        <p className="field-range">{r.onlyPadding(field.size)}</p>
      )}
      <dl className="formulas" tabIndex={0} aria-label={r.region}>
        <dt>{r.sizeRule}</dt>
        <dd><Formula tex={`r = 1 + \\sum_l (k_l - 1)\\, j_{l-1} = 1${sizeTerms ? ` + ${sizeTerms}` : ''} = ${field.size}`} /></dd>
        <dt>{r.jumpRule}</dt>
        <dd><Formula tex={`j = \\prod_l s_l = ${jumpTerms} = ${field.jump}`} /></dd>
        <dt>{r.startRule}</dt>
        <dd><Formula tex={`\\text{start} = -\\sum_l p_l\\, j_{l-1} = ${padTerms.length ? `-(${padTerms.join(' + ')})` : '0'} = ${field.start}`} /></dd>
        <dt>{r.rowRule}</dt>
        <dd><Formula tex={`${field.start} + ${unit.row}\\cdot ${field.jump} = ${firstRow},\\quad ${firstRow} + ${field.size} - 1 = ${firstRow + field.size - 1}`} /></dd>
        <dt>{r.colRule}</dt>
        <dd><Formula tex={`${field.start} + ${unit.col}\\cdot ${field.jump} = ${firstCol},\\quad ${firstCol} + ${field.size} - 1 = ${firstCol + field.size - 1}`} /></dd>
      </dl>
    </section>
  );
}
