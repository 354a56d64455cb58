import { useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Typeset by KaTeX (HTML for the eye, MathML for screen readers); our own TeX, never user input. */
export function Formula({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'htmlAndMathml' }), [tex, display]);
  return <span className="formula-line" dangerouslySetInnerHTML={{ __html: html }} />;
}
