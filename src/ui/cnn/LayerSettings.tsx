import { en } from '../../content/en';
import { ACTIVATIONS, POOL_KINDS, type LayerSpec } from '../../engine/spec';
import { NumberField } from '../lab/NumberField';
import { POOL_NAMES } from './layerNames';

interface Props {
  layer: LayerSpec;
  onChange(patch: Partial<LayerSpec>): void;
}

function Choice<T extends string>({ label, value, options, names, tip, onChange }: {
  label: string; value: T; options: readonly T[]; names?: Record<T, string>; tip: string; onChange(v: T): void;
}) {
  return (
    <select aria-label={label} title={tip} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => <option key={o} value={o}>{names ? names[o] : o}</option>)}
    </select>
  );
}

const tip = (field: string) => en.fields[field] ?? '';

/** The editable settings of one layer, labelled "<layer name> <setting>" for assistive technology. */
export function LayerSettings({ layer, onChange }: Props) {
  const n = layer.name;
  const field = (key: string, label: string, value: number, extra: { step?: number | 'any'; min?: number } = {}) => (
    <span className="setting">
      <span className="setting-name" aria-hidden="true">{label}</span>
      <NumberField label={`${n} ${label}`} value={value} tip={tip(key)} onCommit={(v) => onChange({ [key]: v } as Partial<LayerSpec>)} {...extra} />
    </span>
  );
  const activation = (value: LayerSpec & { activation: string }) => (
    <Choice label={`${n} activation`} value={value.activation} options={ACTIVATIONS} tip={tip('activation')} onChange={(v) => onChange({ activation: v } as Partial<LayerSpec>)} />
  );
  switch (layer.type) {
    case 'conv2d':
      return (
        <div className="settings">
          {field('filters', 'filters', layer.filters, { min: 1 })}
          {field('kernel', 'kernel', layer.kernel, { min: 1 })}
          {field('stride', 'stride', layer.stride, { min: 1 })}
          <Choice label={`${n} padding`} value={layer.padding} options={['valid', 'same'] as const} tip={tip('padding')} onChange={(v) => onChange({ padding: v })} />
          {activation(layer)}
        </div>
      );
    case 'pool':
      return (
        <div className="settings">
          <Choice label={`${n} pooling`} value={layer.kind} options={POOL_KINDS} names={POOL_NAMES} tip={tip('kind')} onChange={(v) => onChange({ kind: v })} />
          {layer.kind !== 'globalAverage' && field('size', 'size', layer.size, { min: 1 })}
          {layer.kind !== 'globalAverage' && field('stride', 'stride', layer.stride, { min: 1 })}
        </div>
      );
    case 'zeroPad':
      return <div className="settings">{field('padding', 'padding', layer.padding, { min: 0 })}</div>;
    case 'dense':
      return <div className="settings">{field('units', 'units', layer.units, { min: 1 })}{activation(layer)}</div>;
    case 'dropout':
      return <div className="settings">{field('rate', 'rate', layer.rate, { step: 0.05, min: 0 })}</div>;
    case 'activation':
      return <div className="settings">{activation(layer)}</div>;
    case 'flatten':
      return <div className="settings muted">no settings</div>;
  }
}
