import type { Notice } from '../../lib/stores/documents.ts';

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  if (!notices.length) return null;
  return (
    <div class="notices no-print">
      {notices.map((n) => (
        <div key={n.id} class={`notice ${n.tone === 'info' ? 'ok' : 'error'}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <p>{n.text}</p>
          <button type="button" class="link small" onClick={() => onDismiss(n.id)}>Sluit dit bericht</button>
        </div>
      ))}
    </div>
  );
}
