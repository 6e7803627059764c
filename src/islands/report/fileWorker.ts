/**
 * The file worker: reads and checks the files a person picks (pdfTools.ts) off the main
 * thread, so that a hostile or huge file never freezes the page. The page talks to it only
 * through fileWorkerClient.ts, which also stops it when a file takes too long.
 *
 * Messages: the page sends { id, task }; the worker answers { type: 'done', id, value } or,
 * when the task threw, { type: 'threw', id, name, message } (an Error itself does not keep its
 * name through a structured clone). It says { type: 'ready' } once its code has loaded, so the
 * page can tell a browser without module workers from a worker that crashed on a file.
 */
import { runTask, type FileTask } from './pdfTools.ts';

export interface FileRequest {
  id: number;
  task: FileTask;
}

export type FileReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'threw'; id: number; name: string; message: string };

/** The parts of the worker scope used here (the DOM typings of this project have no worker scope). */
interface WorkerScope {
  postMessage(message: FileReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FileRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

const threw = (id: number, e: unknown): FileReply => ({ type: 'threw', id, name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) });

scope.addEventListener('message', ({ data }) => {
  const { id, task } = data;
  runTask(task).then(
    (value) => {
      try {
        scope.postMessage({ type: 'done', id, value });
      } catch (e) {
        scope.postMessage(threw(id, e)); // a value that does not survive a structured clone: a bug, reported as such
      }
    },
    (e: unknown) => scope.postMessage(threw(id, e)),
  );
});

scope.postMessage({ type: 'ready' });
