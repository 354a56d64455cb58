import { Component, type ReactNode } from 'react';
import { useText } from '../useText';

function ScreenFailed() {
  const t = useText();
  return (
    <div className="banner banner-error" role="alert">
      <p>{t.shell.screenFailed}</p>
      <button type="button" onClick={() => window.location.reload()}>{t.shell.reload}</button>
    </div>
  );
}

/**
 * Keeps the header and navigation alive when a screen cannot load (its chunk failed to download)
 * or crashes while rendering; the other screens and every lab's settings stay usable.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed />;
  }
}
