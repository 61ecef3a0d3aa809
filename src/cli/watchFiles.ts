/**
 * Calls `onChange` once per burst of changes under the given folders and files (editors
 * often write a file in several steps: truncate, write, rename), `debounceMs` after the
 * last one, with the paths that changed. A change that arrives while `onChange` runs
 * is kept for one more call after it, so the last save is always built.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface Watched {
  /**
   * Folders to watch. Single files are watched through their folder, since editors that
   * save by renaming a new file over the old one would end a watch on the file itself.
   */
  folders: readonly { dir: string; recursive: boolean }[];
  debounceMs: number;
  /** Whether a changed path counts (not editors' swap files or other folders' files). */
  accept: (path: string) => boolean;
}

export function watchFiles(watched: Watched, onChange: (paths: string[]) => Promise<void>): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const flush = async () => {
    timer = undefined;
    if (running) return;
    running = true;
    try {
      while (pending.size > 0) {
        const paths = [...pending];
        pending.clear();
        await onChange(paths);
      }
    } finally {
      running = false;
    }
  };
  const changed = (path: string) => {
    if (!watched.accept(path)) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), watched.debounceMs);
  };
  const watchers: FSWatcher[] = watched.folders.map(({ dir, recursive }) =>
    watch(dir, { recursive }, (_event, name) => changed(name ? join(dir, name.toString()) : dir)),
  );
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
