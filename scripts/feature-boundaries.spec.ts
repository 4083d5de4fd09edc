import { describe, expect, it } from 'vitest';
import { importViolations as violations } from './import-violations.js';

/**
 * The renderer's layers are lint rules too: a feature reaches another only through that
 * feature's index.ts, the app likewise, and renderer/lib and renderer/ui import neither.
 * These cases prove the lint fails on each way around the rule, and passes what is allowed.
 */
const uses = (what: string, from: string): string =>
  `import { ${what} } from '${from}';\nexport const a = ${what};\n`;

// The first case starts ESLint with type information: seconds on a loaded machine, not a hang.
describe('renderer feature boundaries', { timeout: 60_000 }, () => {
  it.each([
    // A feature's file reached directly, by the short path and by the long one.
    ['renderer/features/images/x.ts', uses('useContainersStore', '../containers/containers-store.js')],
    ['renderer/features/images/x.tsx', uses('PruneDialog', '../prune/PruneDialog.js')],
    [
      'renderer/features/images/x.ts',
      uses('useContainersStore', '../../features/containers/containers-store.js'),
    ],
    ['renderer/features/images/x.ts', "import '../networks/networks.css';\n"],
    [
      'renderer/features/images/x.ts',
      "export { useContainersStore } from '../containers/containers-store.js';\n",
    ],
    [
      'renderer/features/images/x.ts',
      "import type { FileSource } from '../container-files/file-source.js';\n",
    ],
    ['renderer/features/images/x.ts', "export * from '../containers/containers-store.js';\n"],
    // The app, too, goes through the index.
    ['renderer/app/x.ts', uses('useEngineStore', '../features/engine/engine-store.js')],
    // The shared layers sit below the features and the app.
    ['renderer/lib/x.ts', uses('useEngineStore', '../features/engine/index.js')],
    ['renderer/ui/x.tsx', uses('notify', '../features/notifications/index.js')],
    ['renderer/ui/x.tsx', uses('ClientContext', '../app/App.js')],
    // The platform rule still holds in every block.
    ['renderer/features/images/x.ts', uses('readFileSync', 'node:fs')],
    ['renderer/lib/x.ts', uses('ipcRenderer', 'electron')],
  ])('%s may not: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/features/images/x.ts', uses('useContainersStore', '../containers/index.js')],
    ['renderer/features/images/x.ts', uses('formatBytes', '../../lib/format-bytes.js')],
    ['renderer/features/images/x.tsx', uses('Table', '../../ui/Table.js')],
    ['renderer/features/images/x.ts', uses('imageRows', './image-rows.js')],
    ['renderer/features/images/x.ts', "import '../../ui/kit.css';\n"],
    ['renderer/app/x.ts', uses('useEngineStore', '../features/engine/index.js')],
    ['renderer/lib/x.ts', uses('Client', '../ipc/client.js')],
    ['renderer/ui/x.tsx', uses('useClient', '../lib/client-context.js')],
  ])('%s may: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
