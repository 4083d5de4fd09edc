import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,electron,renderer,scripts}/**/*.spec.{ts,tsx}'],
          exclude: ['**/*.engine.spec.ts', '**/*.swarm.spec.ts', 'dist/**', 'node_modules/**'],
        },
      },
      {
        // Against the real engine: DOCKER_HOST is set by scripts/test.sh.
        test: {
          name: 'engine',
          include: ['{electron,scripts}/**/*.engine.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // A real swarm: only scripts/test.sh's last step enables these (BERTH_SWARM_TESTS=1),
        // on its own engine, after everything else; each file inits and always leaves.
        test: {
          name: 'swarm',
          include: ['electron/**/*.swarm.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
