// A sentence with inline maths marked \( … \): the words as text, each formula through KaTeX.
import { Tex } from './Tex';

export function TexText({ text }: { readonly text: string }) {
  // split keeps the captured formulas at the odd positions
  const parts = text.split(/\\\((.*?)\\\)/);
  return <>{parts.map((part, k) => (k % 2 === 1 ? <Tex key={k} tex={part} /> : part))}</>;
}
