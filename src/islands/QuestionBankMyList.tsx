/**
 * /vragen/mijn-vragen/: "Mijn vragen" on a page of its own (the same panel as on
 * /vragen/), handy to print or to come back to while preparing.
 */
import { MyQuestionsPanel } from './questions/MyQuestionsPanel.tsx';

export default function QuestionBankMyList() {
  return (
    <div class="qb-standalone">
      <MyQuestionsPanel title="Je lijst" />
    </div>
  );
}
