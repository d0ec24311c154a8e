// Guided lessons as data (docs lessons.md): the schema, the validator, merge patches, target
// ids, and the pure evaluators a runner calls. No DOM, no React, no store.
export {
  LessonSchema,
  LESSON_LIMITS,
  LESSON_ID,
  type PlainText,
  type LessonData,
  type LessonStepData,
  type Question,
} from './schema';
export {
  validateLesson,
  parseLessonText,
  formatLessonIssue,
  type Lesson,
  type LessonIssue,
  type LessonResult,
  type CompiledStep,
} from './validate';
export { mergePatch } from './mergePatch';
export {
  targetProblem,
  nodeNames,
  TARGET_KINDS,
  MAX_CHAIN_FACTORS,
  type TargetKind,
} from './targets';
export { parseRefKey, refProblem } from './refs';
export {
  parseUntil,
  parseLiveSource,
  METRIC_FIELDS,
  SETTING_FIELDS,
  OPERATORS,
  type Condition,
  type ConditionField,
  type LiveSource,
} from './conditions';
export {
  evaluateUntil,
  checkAnswer,
  parseNumberAnswer,
  readLive,
  readField,
  type LessonState,
  type UntilResult,
  type AnswerResult,
  type Answer,
} from './evaluate';
export { traceReaders, type TraceReaders } from './traceReaders';
