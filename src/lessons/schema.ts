// The version-1 lesson schema (valibot; docs lessons.md). Cross-field checks (the base, the
// patches, targets, conditions, live sources) follow in validate.ts. Text is PlainText: shown
// as text (a Markdown subset turned into elements), never inserted or parsed as HTML.
import * as v from 'valibot';
import { intRange } from '../scenario/schema';

export const LESSON_LIMITS = {
  textBytes: 512 * 1024,
  steps: 60,
  titleChars: 200,
  textChars: 5000,
  choices: 8,
  items: 10,
  highlights: 12,
} as const;

/** A lesson id: the `lesson` key of a link, and the localStorage key of its progress. */
export const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Text a runner shows as text: never `innerHTML`, never `dangerouslySetInnerHTML`. */
export type PlainText = string & v.Brand<'PlainText'>;

const plainText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.brand('PlainText'),
  );
const id = (what: string) =>
  v.pipe(
    v.string('must be text'),
    v.regex(LESSON_ID, `${what} must be lower-case letters, digits and dashes (at most 64)`),
  );
const nonNegative = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be 0 or more'),
);
const textList = (min: number, max: number, what: string) =>
  v.pipe(
    v.array(plainText(LESSON_LIMITS.titleChars), `must be a list of ${what}`),
    v.minLength(min, `must hold at least ${min} ${what}`),
    v.maxLength(max, `must hold at most ${max} ${what}`),
  );

const feedback = {
  /** Shown after a right answer: why it is right. */
  explain: v.optional(plainText(LESSON_LIMITS.textChars)),
  /** Shown after a wrong answer: where to look. */
  hint: v.optional(plainText(LESSON_LIMITS.textChars)),
};

export const QuestionSchema = v.variant(
  'kind',
  [
    v.strictObject(
      {
        kind: v.literal('number'),
        /** Where the right answer is read from the live run (`trace.gradient(w:1:0:0)`, …). */
        answerFrom: v.optional(v.string('must be text')),
        /** A fixed right answer, for a question the run cannot answer. */
        answer: v.optional(v.pipe(v.number('must be a number'), v.finite('must be finite'))),
        tolerance: nonNegative,
        /** The tolerance is a fraction of the right answer's size rather than absolute. */
        relative: v.optional(v.boolean('must be true or false'), false),
        ...feedback,
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('choice'),
        choices: textList(2, LESSON_LIMITS.choices, 'choices'),
        /** The right choice, exactly as written in `choices`. */
        correct: plainText(LESSON_LIMITS.titleChars),
        ...feedback,
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('order'),
        /** Listed in the right order; the runner shows them shuffled. */
        items: textList(2, LESSON_LIMITS.items, 'items'),
        ...feedback,
      },
      'must be an object',
    ),
  ],
  'must be one of "number", "choice", "order"',
);

const StepSchema = v.strictObject(
  {
    id: id('a step id'),
    title: plainText(LESSON_LIMITS.titleChars),
    text: plainText(LESSON_LIMITS.textChars),
    /** Where the cursor moves when the step opens, in the URL's `step` syntax. */
    cursor: v.optional(v.string('must be text')),
    highlight: v.optional(
      v.pipe(
        v.array(v.string('must be text'), 'must be a list of target ids'),
        v.maxLength(LESSON_LIMITS.highlights, `must name at most ${LESSON_LIMITS.highlights}`),
      ),
    ),
    /** Field → value (equality) or {operator: value}; all must hold to unlock Next. */
    until: v.optional(v.record(v.string(), v.unknown(), 'must be an object')),
    question: v.optional(QuestionSchema),
    /** JSON Merge Patch (RFC 7396) on the base scenario, applied when the step opens. */
    patch: v.optional(v.record(v.string(), v.unknown(), 'must be an object')),
  },
  'must be an object',
);

export const LessonSchema = v.strictObject(
  {
    version: v.literal(1, 'must be 1 (the lesson format version)'),
    id: id('a lesson id'),
    title: plainText(LESSON_LIMITS.titleChars),
    summary: plainText(LESSON_LIMITS.textChars),
    minutes: intRange(1, 120, 'a whole number of minutes'),
    base: v.strictObject(
      {
        preset: v.optional(v.string('must be a preset id')),
        scenario: v.optional(v.record(v.string(), v.unknown(), 'must be an object')),
      },
      'must be an object',
    ),
    steps: v.pipe(
      v.array(StepSchema, 'must be a list of steps'),
      v.minLength(1, 'must hold at least one step'),
      v.maxLength(LESSON_LIMITS.steps, `must hold at most ${LESSON_LIMITS.steps} steps`),
    ),
  },
  'must be an object',
);

/** A lesson as the schema reads it (conditions and sources still text; see validate.ts). */
export type LessonData = v.InferOutput<typeof LessonSchema>;
export type LessonStepData = LessonData['steps'][number];
export type Question = v.InferOutput<typeof QuestionSchema>;
