// @ts-check
/*
 * Runs before `npm start` and `npm run dist` build anything: it says in one message why the
 * desktop app cannot start on this machine, and what to do instead, rather than a stack trace
 * after a full build (Electron's download error offline; Chromium exiting on a Linux box with
 * no display). Plain JavaScript, so it runs before the TypeScript build.
 *
 *   node scripts/preflight.mjs start   # Electron binary present (or fetchable), a display on Linux
 *   node scripts/preflight.mjs dist    # Node new enough for electron-builder 26 / @electron/rebuild
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** electron-builder 26 and @electron/rebuild declare this in their engines. */
export const DIST_NODE = '22.12.0';
/** How long the one download attempt of the Electron binary may take before we give up. */
export const DOWNLOAD_TIMEOUT_MS = 45_000;

const WEB_HINT = 'The same app runs in your browser without Electron:  npm run web';

/**
 * @typedef {{ ok: true } | { ok: false, message: string }} Verdict
 * @typedef {{ ok: true } | { ok: false, reason: string }} DownloadResult
 * @typedef {object} StartDeps
 * @property {NodeJS.Platform} platform
 * @property {NodeJS.ProcessEnv} env
 * @property {string | null} electronDir  node_modules/electron, or null when it is not installed
 * @property {(file: string) => boolean} exists
 * @property {(file: string) => string} readFile
 * @property {() => Promise<DownloadResult>} download  one attempt at Electron's own install script
 */

/** @param {string} lines */
const failure = (lines) => /** @type {Verdict} */ ({ ok: false, message: lines });

/**
 * Linux needs an X11 or Wayland display; macOS and Windows always have one.
 * @param {NodeJS.Platform} platform
 * @param {NodeJS.ProcessEnv} env
 * @returns {Verdict}
 */
export const checkDisplay = (platform, env) => {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return { ok: true };
  return failure(
    [
      'Berth cannot open its desktop window here: this Linux session has no display',
      '(neither DISPLAY nor WAYLAND_DISPLAY is set), so Electron would exit before Berth could start.',
      WEB_HINT,
      'Or start it under a virtual display:  xvfb-run npm start',
    ].join('\n'),
  );
};

/**
 * Where the Electron binary should be, as node_modules/electron/index.js computes it; null when
 * the package never finished installing (no path.txt).
 * @param {Pick<StartDeps, 'electronDir' | 'env' | 'exists' | 'readFile'>} deps
 * @returns {string | null}
 */
export const electronBinary = (deps) => {
  if (!deps.electronDir) return null;
  const pathFile = path.join(deps.electronDir, 'path.txt');
  if (!deps.exists(pathFile)) return null;
  const relative = deps.readFile(pathFile).trim();
  const dist = deps.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(deps.electronDir, 'dist');
  return path.join(dist, relative);
};

/**
 * @param {Pick<StartDeps, 'electronDir' | 'env' | 'exists' | 'readFile'>} deps
 * @returns {boolean}
 */
const binaryPresent = (deps) => {
  const binary = electronBinary(deps);
  return binary !== null && deps.exists(binary);
};

/**
 * `npm start`: a display (Linux), then the Electron binary, downloading it once if it is missing.
 * @param {StartDeps} deps
 * @returns {Promise<Verdict>}
 */
export const preflightStart = async (deps) => {
  const display = checkDisplay(deps.platform, deps.env);
  if (!display.ok) return display;
  if (!deps.electronDir) {
    return failure(
      [
        'Berth cannot start the desktop app: the electron package is not installed (run npm install).',
        WEB_HINT,
      ].join('\n'),
    );
  }
  if (binaryPresent(deps)) return { ok: true };
  const download = await deps.download();
  if (download.ok && binaryPresent(deps)) return { ok: true };
  const reason = download.ok ? 'the download finished but left no binary' : download.reason;
  return failure(
    [
      'Berth cannot start the desktop app: the Electron binary is missing and could not be downloaded',
      `(${reason}).`,
      WEB_HINT,
      'To get Electron later, with network access:  node node_modules/electron/install.js',
    ].join('\n'),
  );
};

/**
 * @param {string} version  e.g. "20.19.0" (process.versions.node)
 * @param {string} minimum
 */
export const atLeast = (version, minimum) => {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};

/**
 * `npm run dist`: electron-builder 26 and @electron/rebuild need Node 22.12 or later.
 * @param {string} nodeVersion
 * @returns {Verdict}
 */
export const preflightDist = (nodeVersion) =>
  atLeast(nodeVersion, DIST_NODE)
    ? { ok: true }
    : failure(
        [
          `npm run dist needs Node ${DIST_NODE} or later (electron-builder 26 and @electron/rebuild require it);`,
          `this is Node ${nodeVersion}. The app itself, its tests and npm run web run on Node 20.`,
        ].join('\n'),
      );

/**
 * The first line of what a failed install printed: the error, not its stack.
 * @param {string} output
 */
export const firstLine = (output) => {
  const line = output.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('at ')) ?? '';
  const trimmed = line.trim();
  return trimmed === '' ? 'no output' : trimmed.length > 160 ? `${trimmed.slice(0, 159)}…` : trimmed;
};

/**
 * One run of Electron's own install script, its output kept out of the terminal.
 * @param {string} electronDir
 * @param {number} timeoutMs
 * @returns {Promise<DownloadResult>}
 */
export const runElectronInstall = (electronDir, timeoutMs = DOWNLOAD_TIMEOUT_MS) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      if (output.length < 64_000) output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `no answer within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: err.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { ok: true } : { ok: false, reason: firstLine(output) });
    });
  });

/** @returns {string | null} */
const findElectronDir = () => {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
};

/** @param {string | undefined} mode */
const run = async (mode) => {
  /** @type {Verdict} */
  let verdict;
  if (mode === 'dist') {
    verdict = preflightDist(process.versions.node);
  } else if (mode === 'start') {
    const electronDir = findElectronDir();
    verdict = await preflightStart({
      platform: process.platform,
      env: process.env,
      electronDir,
      exists: existsSync,
      readFile: (file) => readFileSync(file, 'utf8'),
      download: () =>
        electronDir
          ? runElectronInstall(electronDir)
          : Promise.resolve({ ok: false, reason: 'not installed' }),
    });
  } else {
    process.stderr.write('usage: node scripts/preflight.mjs start|dist\n');
    process.exit(2);
  }
  if (!verdict.ok) {
    process.stderr.write(`\n${verdict.message}\n\n`);
    process.exit(1);
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(process.argv[2]);
}
