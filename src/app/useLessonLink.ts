// Which lesson is open: `#lesson=<id>&lstep=<n>` in the address (read at start and whenever the
// fragment changes), or the one the learner picked, written back to the address so a reload
// reopens it. Closing removes the keys. The lesson itself loads lazily (LazyLesson).
import { useCallback, useEffect, useState } from 'react';
import { lessonOf } from '../scenario/linkKeys';

import type { LessonRequest } from '../components/Lesson/LessonRoot';

export type { LessonRequest };

function fromHash(hash: string): LessonRequest | null {
  const lesson = lessonOf(hash);
  return lesson === null ? null : { id: lesson.id, step: lesson.step };
}

function writeHash(request: LessonRequest | null): void {
  const keys = new URLSearchParams(window.location.hash.slice(1));
  keys.delete('lesson');
  keys.delete('lstep');
  if (request?.id) {
    if (!keys.has('v')) keys.set('v', '1');
    keys.set('lesson', request.id);
  }
  const text = keys.toString();
  const url = `${window.location.pathname}${window.location.search}${text ? `#${text}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
}

export function useLessonLink(): {
  readonly request: LessonRequest | null;
  readonly open: (request: LessonRequest | null) => void;
  readonly close: () => void;
} {
  const [request, setRequest] = useState<LessonRequest | null>(() =>
    fromHash(window.location.hash),
  );
  useEffect(() => {
    const onHash = (): void => {
      const next = fromHash(window.location.hash);
      if (next) setRequest(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = useCallback((next: LessonRequest | null) => {
    setRequest(next ?? { id: null, step: null });
    writeHash(next);
  }, []);
  const close = useCallback(() => {
    setRequest(null);
    writeHash(null);
  }, []);
  return { request, open, close };
}
