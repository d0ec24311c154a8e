// What the app loads when a lesson is first opened: the lesson runner (components/Lesson) with
// the app's highlighter. One chunk, never part of the first load.
import type { ComponentProps } from 'react';
import LessonRoot from '../../components/Lesson/LessonRoot';
import { LessonMarks } from './LessonMarks';

export default function LessonEntry(props: Omit<ComponentProps<typeof LessonRoot>, 'Marks'>) {
  return <LessonRoot {...props} Marks={LessonMarks} />;
}
