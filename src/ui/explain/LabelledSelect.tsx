import { FieldLabel } from '../common/FieldLabel';

interface LabelledSelectProps<T extends string> {
  id: string;
  label: string;
  tip?: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  /** Shown (disabled) when the value is none of the options, e.g. "Your own grids". */
  placeholder?: string;
}

/** A select with its visible label and "?" explanation. */
export function LabelledSelect<T extends string>({ id, label, tip, value, options, onChange, placeholder }: LabelledSelectProps<T>) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} tip={tip} />
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {placeholder !== undefined && value === '' && <option value="" disabled>{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
