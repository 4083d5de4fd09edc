import { describe, expect, it } from 'vitest';
import { emptyForm, type PortRow, type RunForm } from './run-form.js';
import { encodedBytes } from '../protocol/messages.js';
import { isValid, MAX_FORM_BYTES, validateForm } from './validate-form.js';

const base = (patch: Partial<RunForm> = {}): RunForm => ({
  ...emptyForm('berth-test/busybox:latest'),
  ...patch,
});
const port = (patch: Partial<PortRow>): PortRow => ({
  hostIp: '',
  hostPort: '',
  containerPort: '80',
  protocol: 'tcp',
  ...patch,
});

describe('validateForm', () => {
  it('accepts a minimal form and a full one', () => {
    expect(validateForm(base())).toEqual({});
    const full = base({
      name: 'web.1_a-b',
      command: `sh -c 'echo "hi there"'`,
      entrypoint: '/bin/sh',
      workingDir: '/srv',
      user: '1000:1000',
      ports: [
        port({ hostPort: '8080' }),
        port({ hostIp: '127.0.0.1', hostPort: '8000-8001', containerPort: '90-91', protocol: 'udp' }),
      ],
      env: [
        { key: 'A', value: 'x=y' },
        { key: 'lower.case-ok', value: '' },
      ],
      mounts: [
        { kind: 'volume', source: 'data', target: '/data', readOnly: false },
        { kind: 'volume', source: '', target: '/anon', readOnly: false },
        { kind: 'bind', source: '/tmp/x', target: '/x', readOnly: true },
      ],
      network: 'my-net',
      restart: 'on-failure',
      restartMaxRetries: '3',
      labels: [{ key: 'com.example.team', value: 'core' }],
      memory: '256m',
      cpus: '0.5',
      capAdd: 'NET_ADMIN, SYS_TIME',
      capDrop: 'ALL',
      hostname: 'box.local',
      extraHosts: 'db.local:10.0.0.5\ngw:host-gateway\nv6:::1',
    });
    expect(validateForm(full)).toEqual({});
    expect(isValid(validateForm(full))).toBe(true);
  });

  it.each([
    ['99999', /out of range/],
    ['abc', /not a port number/],
    ['0', /out of range/],
    ['80-70', /runs backwards/],
    ['-1', /not a port number/],
    ['80:81', /not a port number/],
    ['65536', /out of range/],
  ])('refuses host port %s', (hostPort, message) => {
    expect(validateForm(base({ ports: [port({ hostPort })] }))['ports.0.hostPort']).toMatch(message);
  });

  it('refuses bad container ports, mismatched ranges, bad IPs and duplicate host ports', () => {
    const errors = validateForm(
      base({
        ports: [
          port({ containerPort: '' }),
          port({ containerPort: '0' }),
          port({ hostPort: '8000-8002', containerPort: '80-81' }),
          port({ hostIp: '999.1.1.1', hostPort: '9000' }),
          port({ hostPort: '9100' }),
          port({ hostPort: '9100' }),
          port({ hostPort: '9100', protocol: 'udp' }),
        ],
      }),
    );
    expect(errors['ports.0.containerPort']).toMatch(/Give the container port/);
    expect(errors['ports.1.containerPort']).toMatch(/out of range/);
    expect(errors['ports.2.hostPort']).toMatch(/differ in length/);
    expect(errors['ports.3.hostIp']).toMatch(/not an IP/);
    expect(errors['ports.4.hostPort']).toBeUndefined();
    expect(errors['ports.5.hostPort']).toMatch(/already used in row 5/);
    expect(errors['ports.6.hostPort']).toBeUndefined();
  });

  it('allows a host range for one container port and an empty host port', () => {
    expect(
      validateForm(base({ ports: [port({ hostPort: '8000-8010' }), port({ containerPort: '443' })] })),
    ).toEqual({});
  });

  it('refuses ports on the host network', () => {
    expect(validateForm(base({ network: 'host', ports: [port({ hostPort: '80' })] })).ports).toMatch(
      /host network/,
    );
  });

  it.each([
    ['', /needs a name/],
    ['A=B', /"="/],
    ['A\0', /NUL/],
    ['x'.repeat(257), /at most 256/],
  ])('refuses env name %j', (key, message) => {
    expect(validateForm(base({ env: [{ key, value: 'bar' }] }))['env.0.key']).toMatch(message);
  });

  it.each([['MY VAR'], ['  lead'], ['x'.repeat(129)]])(
    'takes the env name %j, as the docker CLI does',
    (key) => {
      expect(validateForm(base({ env: [{ key, value: 'bar' }] }))['env.0.key']).toBeUndefined();
    },
  );

  it.each([['/web'], ['x'.repeat(129)]])('takes the name %j, as the engine does', (name) => {
    expect(validateForm(base({ name })).name).toBeUndefined();
  });

  it('refuses duplicate env names and NUL in values', () => {
    const errors = validateForm(
      base({
        env: [
          { key: 'A', value: '1' },
          { key: 'A', value: '2' },
          { key: 'B', value: 'x\0y' },
        ],
      }),
    );
    expect(errors['env.1.key']).toMatch(/already set/);
    expect(errors['env.2.value']).toMatch(/NUL/);
  });

  it.each([
    ['a', /2 or more/],
    ['my container', /letters, digits/],
    ['-lead', /letters, digits/],
    ['_lead', /letters, digits/],
    ['a/b', /letters, digits/],
    ['../x', /letters, digits/],
    ['é1', /letters, digits/],
    ['x'.repeat(257), /at most 256/],
    ['//x1', /letters, digits/],
  ])('refuses the name %j', (name, message) => {
    expect(validateForm(base({ name })).name).toMatch(message);
  });

  it('refuses relative and root container paths, relative host folders and bad volume names', () => {
    const errors = validateForm(
      base({
        mounts: [
          { kind: 'volume', source: 'data', target: 'data', readOnly: false },
          { kind: 'bind', source: 'relative/dir', target: '/x', readOnly: false },
          { kind: 'bind', source: '', target: '/y', readOnly: false },
          { kind: 'volume', source: 'bad name', target: '/z', readOnly: false },
          { kind: 'volume', source: 'ok', target: '/', readOnly: false },
          { kind: 'volume', source: 'ok2', target: '/x', readOnly: false },
          { kind: 'volume', source: 'ok3', target: '', readOnly: false },
        ],
      }),
    );
    expect(errors['mounts.0.target']).toMatch(/absolute path/);
    expect(errors['mounts.1.source']).toMatch(/absolute path/);
    expect(errors['mounts.2.source']).toMatch(/Give the host folder/);
    expect(errors['mounts.3.source']).toMatch(/volume name/);
    expect(errors['mounts.4.target']).toMatch(/cannot be \/ itself/);
    expect(errors['mounts.5.target']).toMatch(/already mounted in row 2/);
    expect(errors['mounts.6.target']).toMatch(/Give the container path/);
  });

  it.each([['12x'], ['1.5.5g'], ['m'], ['-1m'], ['1ib'], ['5bb'], ['1 gigabyte']])(
    'refuses memory %j',
    (memory) => {
      expect(validateForm(base({ memory })).memory).toMatch(/not a size/);
    },
  );

  it('refuses memory under the engine minimum and accepts Docker units', () => {
    expect(validateForm(base({ memory: '4m' })).memory).toMatch(/at least 6m/);
    for (const memory of ['6m', '1g', '1.5GiB', '512MB', '20480k', '104857600']) {
      expect(validateForm(base({ memory })).memory).toBeUndefined();
    }
  });

  it('checks CPUs, restart, capabilities, user, hostname, extra hosts, workdir, command quoting and image', () => {
    expect(validateForm(base({ cpus: 'two' })).cpus).toMatch(/not a number/);
    expect(validateForm(base({ cpus: '0.001' })).cpus).toMatch(/0.01/);
    expect(validateForm(base({ cpus: '2000' })).cpus).toMatch(/1024/);
    expect(validateForm(base({ restart: 'on-failure', restartMaxRetries: 'x' })).restartMaxRetries).toMatch(
      /whole number/,
    );
    expect(validateForm(base({ restart: 'always', restartMaxRetries: '2' })).restartMaxRetries).toMatch(
      /only applies/,
    );
    expect(validateForm(base({ restart: 'always', autoRemove: true })).restart).toMatch(/conflict/);
    expect(validateForm(base({ capAdd: 'NET_ADMIN, bad-cap' })).capAdd).toMatch(/"bad-cap"/);
    expect(validateForm(base({ user: 'a b' })).user).toMatch(/user/);
    expect(validateForm(base({ hostname: 'bad_host!' })).hostname).toMatch(/hostname/);
    expect(validateForm(base({ hostname: 'h', network: 'host' })).hostname).toMatch(/host network/);
    expect(validateForm(base({ extraHosts: 'nocolon' })).extraHosts).toMatch(/host:ip/);
    expect(validateForm(base({ extraHosts: 'db:notanip' })).extraHosts).toMatch(/host:ip/);
    expect(validateForm(base({ workingDir: 'srv' })).workingDir).toMatch(/absolute/);
    expect(validateForm(base({ command: `echo 'unterminated` })).command).toMatch(/Unterminated/);
    expect(validateForm(base({ image: '' })).image).toMatch(/Choose an image/);
    expect(validateForm(base({ image: 'Upper/Case' })).image).toMatch(/not an image reference/);
    expect(validateForm(base({ image: 'a/../../containers/x' })).image).toMatch(/not an image reference/);
    expect(validateForm(base({ image: 'has space' })).image).toMatch(/not an image reference/);
    expect(validateForm(base({ network: 'bad net' })).network).toMatch(/network name/);
    expect(validateForm(base({ labels: [{ key: '', value: 'x' }] }))['labels.0.key']).toMatch(/needs a key/);
    expect(validateForm(base({ labels: [{ key: 'a b', value: 'x' }] }))['labels.0.key']).toMatch(/spaces/);
    for (const image of [
      'busybox',
      'a',
      'localhost:5000/team/app:1.2-rc',
      'sha256:' + 'a'.repeat(64),
      'x@sha256:' + 'b'.repeat(64),
    ]) {
      expect(validateForm(base({ image })).image).toBeUndefined();
    }
  });
});

describe('the form against the transport limit', () => {
  /** `count` variables whose values are `bytes` long each. */
  const envOf = (count: number, bytes: number) =>
    Array.from({ length: count }, (_, i) => ({ key: `VAR_${i}`, value: 'x'.repeat(bytes) }));

  it('refuses a form whose fields are each within bounds but which cannot be sent, on the list that takes the room', () => {
    // 500 × 32 KB passes every per-field rule and is 16 MB.
    const errors = validateForm(base({ env: envOf(500, 32_768) }));
    expect(Object.keys(errors)).toEqual(['env']);
    expect(errors.env).toMatch(
      /^The form is too large to send \(15\.\d MB; at most 252 KB\): the environment variables take 15\.\d MB\.$/,
    );
  });

  it('accepts the largest form that fits, and refuses one byte more', () => {
    // Values of 30,000 bytes (within the per-value rule) up to the limit, the last one filling it exactly.
    const env = envOf(8, 30_000);
    const fill = MAX_FORM_BYTES - encodedBytes(base({ env: [...env, { key: 'LAST', value: '' }] }));
    const largest = base({ env: [...env, { key: 'LAST', value: 'y'.repeat(fill) }] });
    expect(fill).toBeLessThan(32_768);
    expect(encodedBytes(largest)).toBe(MAX_FORM_BYTES);
    expect(validateForm(largest)).toEqual({});
    const oneMore = base({ env: [...env, { key: 'LAST', value: 'y'.repeat(fill + 1) }] });
    expect(Object.keys(validateForm(oneMore))).toEqual(['env']);
  });

  it('counts bytes as UTF-8 (what the WebSocket carries), not characters', () => {
    // 17 × 4,000 emoji: 136,000 UTF-16 units (about half the limit) but 272,000 bytes.
    const env = Array.from({ length: 17 }, (_, i) => ({ key: `E${i}`, value: '😀'.repeat(4_000) }));
    expect(validateForm(base({ env })).env).toMatch(/too large to send/);
  });

  it('names the labels or the volumes when they take the room', () => {
    const labels = Array.from({ length: 100 }, (_, i) => ({ key: `l${i}`, value: 'v'.repeat(4096) }));
    expect(validateForm(base({ labels })).labels).toMatch(/the labels take/);
  });
});
