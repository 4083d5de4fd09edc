import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** Runs docker-compose v1 from Debian (the v2 plugin is not packaged there) on `dir`'s compose file. */
export const runCompose = (dir: string, args: readonly string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile('docker-compose', ['-f', join(dir, 'docker-compose.yml'), ...args], (err, _out, stderr) => {
      if (err) reject(new Error(`docker-compose ${args.join(' ')}: ${stderr}`));
      else resolve();
    });
  });
