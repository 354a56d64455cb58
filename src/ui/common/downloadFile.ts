/** Hands bytes or text to the browser as a file download (a temporary blob: URL, never a request). */
export function downloadFile(contents: Uint8Array | string, fileName: string, type: string): void {
  // A copy into a plain ArrayBuffer: Blob takes views of shared memory only in some browsers.
  const part = typeof contents === 'string' ? contents : contents.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed until then.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
