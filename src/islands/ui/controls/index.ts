/**
 * One control per field kind (the islands' side of lib/forms/kinds). The signatures kind has no
 * control here: the report's signing step (islands/report) renders it.
 */
import type { ComponentType } from 'preact';
import type { FieldKind } from '../../../lib/forms/definition.ts';
import { AgreementsControl } from './AgreementsControl.tsx';
import { ChecklistControl } from './ChecklistControl.tsx';
import { DateControl } from './DateControl.tsx';
import { ListControl } from './ListControl.tsx';
import { QuestionsControl } from './QuestionsControl.tsx';
import { RowsControl } from './RowsControl.tsx';
import { TextareaControl } from './TextareaControl.tsx';
import { TextControl } from './TextControl.tsx';
import type { ControlProps } from './types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyControl = ComponentType<ControlProps<any, any>>;

export const CONTROLS: Partial<Record<FieldKind, AnyControl>> = {
  text: TextControl,
  date: DateControl,
  textarea: TextareaControl,
  checklist: ChecklistControl,
  list: ListControl,
  rows: RowsControl,
  agreements: AgreementsControl,
  questions: QuestionsControl,
};

export type { ControlProps } from './types.ts';
