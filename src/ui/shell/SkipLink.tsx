import { useText } from '../useText';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop of the Tab key: jumps past the header and navigation. It moves focus itself
 * rather than following "#main-content", which the hash router would read as a screen name.
 */
export function SkipLink() {
  const t = useText();
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={(e) => {
      e.preventDefault();
      document.getElementById(MAIN_CONTENT_ID)?.focus();
    }}>
      {t.shell.skipToContent}
    </a>
  );
}
