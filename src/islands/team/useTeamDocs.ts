/** Every stored document, in the shape the team overview reads, with the report statuses (signing.ts). */
import { useEffect, useState } from 'preact/hooks';
import { CODECS } from '../../lib/backup/codecs.ts';
import type { DocumentKind } from '../../lib/documents/kinds.ts';
import type { Report } from '../../lib/report/codec.ts';
import { DocumentRepo } from '../../lib/stores/repository.ts';
import { openBrowserStorage } from '../../lib/stores/storage.ts';
import { reportStatus, type TeamDocInput } from '../../lib/team/overview.ts';

export interface TeamDocs {
  docs: TeamDocInput[] | null;
  problems: string[];
  memory: boolean;
}

export function useTeamDocs(version: number): TeamDocs {
  const [state, setState] = useState<TeamDocs>({ docs: null, problems: [], memory: false });
  useEffect(() => {
    let alive = true;
    void (async () => {
      const { store, mode } = openBrowserStorage();
      const docs: TeamDocInput[] = [];
      const problems: string[] = [];
      for (const [kind, codec] of Object.entries(CODECS) as [DocumentKind, (typeof CODECS)[DocumentKind]][]) {
        const repo = new DocumentRepo(codec, store);
        for (const s of repo.list()) {
          const env = repo.get(s.id);
          if (!env) continue;
          const d = env.data as { employeeName?: string; talkDate?: string };
          const item: TeamDocInput = { kind, id: env.id, name: env.name, updatedAt: env.updatedAt, personName: d.employeeName ?? '', talkDate: d.talkDate ?? '' };
          if (kind === 'verslag') {
            item.report = env.data as Report;
            item.status = await reportStatus(item.report);
          }
          docs.push(item);
        }
        problems.push(...repo.problems);
      }
      if (alive) setState({ docs, problems, memory: mode === 'memory' });
    })();
    return () => {
      alive = false;
    };
  }, [version]);
  return state;
}
