import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Structural checks of the GitHub workflows, so a broken one fails here rather than on the
 * first push. (The full schema check is action-validator's: see the README's CI section.)
 * js-yaml comes with electron-builder, which reads electron-builder.yml with it.
 */
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const ROOT = path.resolve(import.meta.dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, unknown>;
  readonly if?: string;
  readonly shell?: string;
}
interface Job {
  readonly 'runs-on': string;
  readonly steps: readonly Step[];
  readonly env?: Record<string, unknown>;
  readonly strategy?: { readonly matrix: Record<string, unknown> };
  readonly 'timeout-minutes'?: number;
}
interface Workflow {
  readonly name: string;
  readonly on: unknown;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const read = (file: string): Workflow => load(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
);
const runs = (job: Job): string => job.steps.map((step) => step.run ?? '').join('\n');
const setupNode = (job: Job): Step | undefined =>
  job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));

describe('GitHub workflows', () => {
  it('are the desktop and release workflows', () => {
    expect(files.sort()).toEqual(['desktop.yml', 'release.yml']);
  });

  it.each(files)('%s: well-formed jobs, pinned actions, read-only token, npm scripts that exist', (file) => {
    const workflow = read(file);
    expect(typeof workflow.name).toBe('string');
    expect(workflow.on).toBeTruthy();
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(typeof job['runs-on'], id).toBe('string');
      expect(job['timeout-minutes'], id).toBeGreaterThan(0);
      expect(job.steps.length, id).toBeGreaterThan(0);
      for (const step of job.steps) {
        // Exactly one of uses/run.
        expect((step.uses === undefined) !== (step.run === undefined), JSON.stringify(step)).toBe(true);
        if (step.uses) expect(step.uses, id).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
      for (const [, name] of runs(job).matchAll(/npm run ([\w:-]+)/g))
        expect(scripts, `${file}: ${name}`).toContain(name);
      expect(
        job.steps.some((step) => step.run === 'npm ci'),
        id,
      ).toBe(true);
    }
  });

  it('desktop: Linux runs the Electron suite under Xvfb on a real engine; Windows and macOS without one', () => {
    const { jobs } = read('desktop.yml');
    const linux = jobs.linux;
    const others = jobs['no-engine'];
    if (!linux || !others) throw new Error('jobs linux and no-engine are expected');
    expect(linux['runs-on']).toMatch(/^ubuntu-/);
    expect(runs(linux)).toContain('xvfb-run -a npm run test:electron');
    expect(runs(linux)).toContain('bash scripts/engine.sh image');
    expect(linux.env?.BERTH_ELECTRON_NO_ENGINE).toBeUndefined();
    expect(others.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest']);
    expect(others.env?.BERTH_ELECTRON_NO_ENGINE).toBe('1');
    for (const job of [linux, others]) {
      for (const command of [
        'node node_modules/electron/install.js',
        'npm run typecheck',
        'npm run test:unit',
        'npm run build',
        'npm run test:electron',
      ]) {
        expect(runs(job)).toContain(command);
      }
      expect(setupNode(job)?.with?.['node-version']).toBe(20);
    }
  });

  it('release: installers on Node 22 for Linux, Windows and macOS, never published, uploaded as artifacts', () => {
    const job = read('release.yml').jobs.installers;
    if (!job) throw new Error('job installers is expected');
    expect(setupNode(job)?.with?.['node-version']).toBe(22);
    expect(job.strategy?.matrix.include).toEqual([
      { name: 'linux', os: 'ubuntu-24.04' },
      { name: 'windows', os: 'windows-latest' },
      { name: 'macos', os: 'macos-latest' },
    ]);
    expect(runs(job)).toContain('npm run dist');
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    expect(String(upload?.with?.path).split('\n').filter(Boolean)).toEqual([
      'release/*.AppImage',
      'release/*.deb',
      'release/*.exe',
      'release/*.dmg',
    ]);
  });

  it('npm run dist builds with --publish never, after the Node check', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toMatch(
      /^node scripts\/preflight\.mjs dist && .*electron-builder .*--publish never/,
    );
  });

  it('electron-builder.yml asks for the targets the release uploads', () => {
    const config = load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: { target: string; arch: string[] }[] };
      npmRebuild: boolean;
      electronFuses: Record<string, boolean>;
    };
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.npmRebuild).toBe(false);
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
  });
});
