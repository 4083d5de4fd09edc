import { describe, expect, it } from 'vitest';
import { importViolations as violations } from './import-violations.js';

/**
 * The layer rules are lint rules: these cases prove the lint fails when a layer reaches where
 * it must not, and passes for what it may import.
 */
describe('layer rules', () => {
  it.each([
    ['electron/core/engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/engine/x.ts', "import { x } from '../../shell/main.js';\nexport const a = x;\n"],
    ['electron/web/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/shell/x.ts', "import Docker from 'dockerode';\nexport const a = Docker;\n"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['renderer/features/x.ts', "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/features/x.ts', "import { x } from '../../electron/core/backend.js';\nexport const a = x;\n"],
    ['shared/contract/x.ts', "import { join } from 'node:path';\nexport const a = join;\n"],
    [
      'electron/shell/x.ts',
      "import { createBackend } from '../core/backend.js';\nexport const a = createBackend;\n",
    ],
    [
      'electron/web/x.ts',
      "import { EventHub } from '../core/rpc/event-hub.js';\nexport const a = EventHub;\n",
    ],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    [
      'electron/preload/x.ts',
      "import { createBackend } from '../core/index.js';\nexport const a = createBackend;\n",
    ],
  ])('%s may not: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/core/engine/x.ts', "import { join } from 'node:path';\nexport const a = join;\n"],
    [
      'renderer/features/x.ts',
      "import { invokes } from '../../shared/contract/channels.js';\nexport const a = invokes;\n",
    ],
    ['electron/shell/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'electron/web/x.ts',
      "import { createBackend } from '../core/index.js';\nexport const a = createBackend;\n",
    ],
    [
      'electron/web/x.spec.ts',
      "import { docker } from '../core/testing/docker-cli.js';\nexport const a = docker;\n",
    ],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n"],
  ])('%s may: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
