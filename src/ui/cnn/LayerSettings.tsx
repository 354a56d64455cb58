import { ACTIVATIONS, POOL_KINDS, type LabLayerSpec, type LayerSpec } from '../../engine/spec';
import { FIELD_RULES, type NumberRule } from '../../store/fieldRules';
import { NumberField } from '../lab/NumberField';
import { useText } from '../useText';

interface Props {
  layer: LabLayerSpec;
  onChange(patch: Partial<LayerSpec>): void;
}

function Choice<T extends string>({ label, value, options, names, onChange }: {
  label: string; value: T; options: readonly T[]; names?: Record<T, string>; onChange(v: T): void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => <option key={o} value={o}>{names ? names[o] : o}</option>)}
    </select>
  );
}

/**
 * The editable settings of one layer, labelled "<layer name> <setting>" for assistive technology.
 * Their explanations sit behind the row's one "?" button (LayerRow), so the dense table stays readable.
 */
export function LayerSettings({ layer, onChange }: Props) {
  const t = useText();
  const names = t.cnn.table.settingNames;
  const n = layer.name;
  const field = (key: 'filters' | 'kernel' | 'stride' | 'size' | 'padding' | 'units' | 'rate', value: number, rule: NumberRule) => (
    <span className="setting">
      <span className="setting-name" aria-hidden="true">{names[key]}</span>
      <NumberField id={`layer-${n}-${key}`} label={`${n} ${names[key]}`} value={value} rule={rule}
        onCommit={(v) => onChange({ [key]: v } as Partial<LayerSpec>)} />
    </span>
  );
  const activation = (value: LayerSpec & { activation: string }) => (
    <Choice label={`${n} ${names.activation}`} value={value.activation} options={ACTIVATIONS} onChange={(v) => onChange({ activation: v } as Partial<LayerSpec>)} />
  );
  switch (layer.type) {
    case 'conv2d':
      return (
        <div className="settings">
          {field('filters', layer.filters, FIELD_RULES.filters)}
          {field('kernel', layer.kernel, FIELD_RULES.kernel)}
          {field('stride', layer.stride, FIELD_RULES.stride)}
          <Choice label={`${n} ${names.padding}`} value={layer.padding} options={['valid', 'same'] as const} onChange={(v) => onChange({ padding: v })} />
          {activation(layer)}
        </div>
      );
    case 'pool':
      return (
        <div className="settings">
          <Choice label={`${n} ${names.pooling}`} value={layer.kind} options={POOL_KINDS} names={t.cnn.table.poolNames} onChange={(v) => onChange({ kind: v })} />
          {layer.kind !== 'globalAverage' && field('size', layer.size, FIELD_RULES.poolSize)}
          {layer.kind !== 'globalAverage' && field('stride', layer.stride, FIELD_RULES.stride)}
          {(layer.kind === 'max' || layer.kind === 'average') && (
            <Choice label={`${n} ${names.padding}`} value={layer.padding ?? 'valid'} options={['valid', 'same'] as const} onChange={(v) => onChange({ padding: v })} />
          )}
        </div>
      );
    case 'zeroPad':
      return <div className="settings">{field('padding', layer.padding, FIELD_RULES.zeroPadding)}</div>;
    case 'dense':
      return <div className="settings">{field('units', layer.units, FIELD_RULES.units)}{activation(layer)}</div>;
    case 'dropout':
      return <div className="settings">{field('rate', layer.rate, FIELD_RULES.dropoutRate)}</div>;
    case 'activation':
      return <div className="settings">{activation(layer)}</div>;
    case 'flatten':
      return <div className="settings muted">{t.cnn.table.noSettings}</div>;
    case 'add':
    case 'concatenate':
      // Their one setting, which layers they read, is the inputs field beside this.
      return null;
  }
}
