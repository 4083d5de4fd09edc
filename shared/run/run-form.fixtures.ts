import { emptyForm, type RunForm } from './run-form.js';

/** A form touching every field, for builder tests. */
export const fullForm = (): RunForm => ({
  ...emptyForm('berth-test/busybox:latest'),
  name: 'web-1',
  command: `-c 'echo "hi there"; sleep 60'`,
  entrypoint: '/bin/sh',
  workingDir: '/srv',
  user: '1000:1000',
  ports: [
    { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' },
    { hostIp: '', hostPort: '9000-9001', containerPort: '90-91', protocol: 'udp' },
  ],
  publishAll: true,
  env: [
    { key: 'A', value: 'x=y' },
    { key: 'SPACED', value: 'a b' },
  ],
  mounts: [
    { kind: 'volume', source: 'data', target: '/data', readOnly: false },
    { kind: 'volume', source: '', target: '/anon', readOnly: false },
    { kind: 'bind', source: '/tmp/a,b', target: '/x', readOnly: true },
  ],
  network: 'my-net',
  restart: 'on-failure',
  restartMaxRetries: '3',
  labels: [{ key: 'berth.test', value: 'unit' }],
  memory: '256m',
  cpus: '0.5',
  tty: true,
  interactive: true,
  privileged: true,
  capAdd: 'NET_ADMIN, SYS_TIME',
  capDrop: 'MKNOD',
  readOnlyRootfs: true,
  hostname: 'box',
  extraHosts: 'db.local:10.0.0.5',
});
