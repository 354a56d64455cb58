import { Explain } from './Explain';

/** A field's visible label with its "?" explanation beside it. */
export function FieldLabel({ htmlFor, label, tip }: { htmlFor: string; label: string; tip?: string }) {
  return (
    <span className="field-label">
      <label htmlFor={htmlFor}>{label}</label>
      {tip && <Explain about={label}>{tip}</Explain>}
    </span>
  );
}
