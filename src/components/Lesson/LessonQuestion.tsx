// A step's question with immediate feedback: a number typed in, one choice of several, or items
// put in order with Move up / Move down. The right answer is read from the live run when the
// learner checks (so it follows an edited weight); after two wrong tries the answer can be shown.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { checkAnswer, type Answer, type AnswerResult } from '../../lessons/evaluate';
import type { Question } from '../../lessons/schema';
import type { LiveSource } from '../../lessons/conditions';
import type { AppStore } from '../../store';
import { lessonStateOf } from '../../store/lessonState';
import { LessonText } from './LessonText';

export interface LessonQuestionProps {
  readonly store: AppStore;
  readonly question: Question;
  readonly live: LiveSource | null;
  readonly solved: boolean;
  readonly onAnswer: (correct: boolean) => void;
  readonly onReveal: () => void;
}

/** A fixed shuffle (the items' order reversed, then rotated) so the list never starts right. */
function shuffled(items: readonly string[]): string[] {
  const out = [...items].reverse();
  return out.length > 2 ? [...out.slice(1), out[0]] : out;
}

const shownExpected = (expected: number | string | readonly string[]): string =>
  typeof expected === 'number'
    ? String(Number(expected.toPrecision(6)))
    : typeof expected === 'string'
      ? expected
      : expected.map((x, k) => `${k + 1}. ${x}`).join('  ');

export function LessonQuestion(props: LessonQuestionProps) {
  const { question, store, live } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const initial = useMemo(
    () => (question.kind === 'order' ? shuffled(question.items) : []),
    [question],
  );
  const [order, setOrder] = useState<string[]>(initial);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [wrong, setWrong] = useState(0);
  const [revealed, setRevealed] = useState<string | null>(null);

  const check = (event: FormEvent): void => {
    event.preventDefault();
    const answer: Answer =
      question.kind === 'number' ? text : question.kind === 'choice' ? (choice ?? '') : order;
    const r = checkAnswer(question, live, answer, lessonStateOf(store.getState()));
    setResult(r);
    if (r.status === 'right' || r.status === 'wrong') {
      props.onAnswer(r.status === 'right');
      if (r.status === 'wrong') setWrong((w) => w + 1);
    }
  };
  const reveal = (): void => {
    const r = checkAnswer(question, live, '', lessonStateOf(store.getState()));
    setRevealed('expected' in r ? shownExpected(r.expected) : 'not available yet');
    props.onReveal();
  };
  const move = (k: number, by: -1 | 1): void =>
    setOrder((o) => {
      const next = [...o];
      [next[k], next[k + by]] = [next[k + by], next[k]];
      return next;
    });

  return (
    <form className="lesson-question" onSubmit={check} aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} className="lesson-question-title">
        Question
      </p>
      {question.kind === 'number' && (
        <label className="field">
          <span>Your answer</span>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      )}
      {question.kind === 'choice' && (
        <fieldset>
          <legend className="visually-hidden">Choices</legend>
          {question.choices.map((c) => (
            <label key={c} className="lesson-choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === c}
                onChange={() => setChoice(c)}
              />{' '}
              {c}
            </label>
          ))}
        </fieldset>
      )}
      {question.kind === 'order' && (
        <ol className="lesson-order" aria-label="Items to put in order">
          {order.map((item, k) => (
            <li key={item}>
              <span>{item}</span>
              <span className="lesson-order-moves">
                <button
                  type="button"
                  disabled={k === 0}
                  aria-label={`Move “${item}” up`}
                  onClick={() => move(k, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={k === order.length - 1}
                  aria-label={`Move “${item}” down`}
                  onClick={() => move(k, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="lesson-question-actions">
        <button type="submit">Check</button>
        {wrong >= 2 && !props.solved && revealed === null && (
          <button type="button" className="link" onClick={reveal}>
            Show the answer
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="lesson-feedback">
        {result?.status === 'right' && (
          <div className="lesson-right">
            <p>
              <strong>Right.</strong>
            </p>
            {question.explain && <LessonText text={question.explain} />}
          </div>
        )}
        {result?.status === 'wrong' && (
          <div className="lesson-wrong">
            <p>
              <strong>Not yet.</strong> Try again.
            </p>
            {question.hint && <LessonText text={question.hint} />}
          </div>
        )}
        {result?.status === 'unreadable' && (
          <p className="lesson-wrong">That is not a number: write it like 0.0203 or -1.5e-3.</p>
        )}
        {result?.status === 'unavailable' && (
          <p className="lesson-wrong">
            There is no value to compare with yet: step forward (→) so the update is traced.
          </p>
        )}
        {revealed !== null && <p>The answer is {revealed}.</p>}
      </div>
    </form>
  );
}
