// Lesson text (a Markdown subset, lessons/markdown.ts) as React elements: never HTML. Inline
// maths goes to KaTeX through Tex (trust off); links open https: pages in a new tab.
import { Fragment } from 'react';
import { parseLessonMarkdown, type Inline } from '../../lessons/markdown';
import { Tex } from '../ChainRule/Tex';

function Inlines({ nodes }: { readonly nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((n, k) => {
        switch (n.kind) {
          case 'text':
            return <Fragment key={k}>{n.text}</Fragment>;
          case 'strong':
            return (
              <strong key={k}>
                <Inlines nodes={n.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={k}>
                <Inlines nodes={n.children} />
              </em>
            );
          case 'code':
            return <code key={k}>{n.text}</code>;
          case 'math':
            return <Tex key={k} tex={n.tex} />;
          case 'link':
            return (
              <a key={k} href={n.href} target="_blank" rel="noopener noreferrer">
                <Inlines nodes={n.children} />
              </a>
            );
        }
      })}
    </>
  );
}

export function LessonText({ text }: { readonly text: string }) {
  return (
    <>
      {parseLessonMarkdown(text).map((block, k) =>
        block.kind === 'paragraph' ? (
          <p key={k}>
            <Inlines nodes={block.children} />
          </p>
        ) : block.ordered ? (
          <ol key={k}>
            {block.items.map((item, i) => (
              <li key={i}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={k}>
            {block.items.map((item, i) => (
              <li key={i}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** A title: inline Markdown only. */
export function LessonInline({ text }: { readonly text: string }) {
  const first = parseLessonMarkdown(text)[0];
  return first?.kind === 'paragraph' ? <Inlines nodes={first.children} /> : <>{text}</>;
}
