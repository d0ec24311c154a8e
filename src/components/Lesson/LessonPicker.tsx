// The lesson picker: the shipped lessons in course order with their summary, length and how far
// the learner got (kept in this browser). Each is a button that opens the lesson.
import { useEffect, useState } from 'react';
import { browserStorage, readProgress } from '../../lessons/progress';
import { fetchLesson, LESSON_IDS, type LessonLoad } from './catalog';

export interface LessonPickerProps {
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

function progressText(load: LessonLoad): string {
  if (!load.ok) return '';
  const { data, steps } = load.lesson;
  const p = readProgress(
    browserStorage(),
    data.id,
    steps.map((s) => s.step.id),
  );
  if (p.done) return 'Done';
  return p.step > 0 ? `Reached step ${p.step + 1} of ${steps.length}` : `${steps.length} steps`;
}

export function LessonPicker({ onOpen, onClose }: LessonPickerProps) {
  const [loads, setLoads] = useState<readonly (LessonLoad | null)[]>(() =>
    LESSON_IDS.map(() => null),
  );
  useEffect(() => {
    let live = true;
    LESSON_IDS.forEach((id, k) => {
      void fetchLesson(id).then((load) => {
        if (live) setLoads((all) => all.map((x, i) => (i === k ? load : x)));
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="lesson-panel" aria-label="Lesson">
      <div className="lesson-head">
        <h2 className="lesson-title" tabIndex={-1}>
          Lessons
        </h2>
        <button type="button" className="link" onClick={onClose}>
          Close (Esc)
        </button>
      </div>
      <p>Guided lessons on how backpropagation works. Each takes 5 to 15 minutes.</p>
      <ol className="lesson-list">
        {LESSON_IDS.map((id, k) => {
          const load = loads[k];
          if (load && !load.ok)
            return (
              <li key={id}>
                <span className="lesson-unavailable">{load.message}</span>
              </li>
            );
          const data = load?.lesson.data;
          return (
            <li key={id}>
              <button type="button" className="lesson-pick" onClick={() => onOpen(id)}>
                <span className="lesson-pick-title">{data ? data.title : id}</span>
                {data && (
                  <span className="lesson-pick-meta">
                    {data.minutes} min · {load && progressText(load)}
                  </span>
                )}
              </button>
              {data && <p className="lesson-pick-summary">{data.summary}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
