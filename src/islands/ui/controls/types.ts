import type { Field } from '../../../lib/forms/definition.ts';

export interface ControlProps<F extends Field, V> {
  field: F;
  value: V;
  onChange: (value: V) => void;
  /** ids of live hints about this field, for aria-describedby. */
  hintsId?: string;
  /** The date SMART checks compare with (the talk, or today). */
  today: string;
  /** A suggested value (e.g. a follow-up date), computed from other fields. */
  suggestion?: string;
}
