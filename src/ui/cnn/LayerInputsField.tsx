import { useState } from 'react';
import { useText } from '../useText';

interface Props {
  /** The layer's name, for the label ("add1 inputs"). */
  layerName: string;
  /** The names it reads now, resolved (its own list, or the layer above). */
  reads: string[];
  /** The name of the layer above (or `input`): reading only it needs no list. */
  above: string;
  onCommit(inputs: string[] | undefined): void;
}

/** Names typed with commas or spaces between them. */
const parseNames = (text: string) => text.split(/[\s,]+/).filter((name) => name !== '');

/**
 * Which layers a layer reads, as names separated by commas. Committed on Enter or on leaving the
 * field; Escape puts the names in use back. Names that do not exist are the engine's to report, on
 * the row, so nothing typed is lost.
 */
export function LayerInputsField({ layerName, reads, above, onCommit }: Props) {
  const t = useText();
  const shown = reads.join(', ');
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  // Names changed from outside (a preset, a removed layer) replace the text.
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
  }
  const commit = () => {
    const names = parseNames(text);
    if (names.join(', ') === shown) return;
    onCommit(names.length === 1 && names[0] === above ? undefined : names);
  };
  return (
    <span className="setting setting-inputs">
      <span className="setting-name" aria-hidden="true">{t.cnn.table.settingNames.inputs}</span>
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-label={`${layerName} ${t.cnn.table.settingNames.inputs}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(shown);
        }}
      />
    </span>
  );
}
