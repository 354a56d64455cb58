import { Component, type ReactNode } from 'react';
import { en } from '../../content/en';

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
    return (
      <div className="banner banner-error" role="alert">
        <p>{en.shell.screenFailed}</p>
        <button type="button" onClick={() => window.location.reload()}>{en.shell.reload}</button>
      </div>
    );
  }
}
