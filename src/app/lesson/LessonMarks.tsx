// The lesson panel's highlighter in the app: marks the step's targets (lessonTargets.ts) and
// keeps them marked while the app redraws. Renders nothing itself.
import type { MarksProps } from '../../components/Lesson/LessonPanel';
import { useTargetMarks } from './useTargetMarks';

export function LessonMarks({ root, ids, sizes }: MarksProps) {
  useTargetMarks(root, ids, sizes);
  return null;
}
