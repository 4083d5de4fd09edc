import { describe, expect, it } from 'vitest';
import { formToCreateBody } from './create-body.js';
import { sectionForEngineError } from './engine-error-section.js';
import { fullForm } from './run-form.fixtures.js';
import { diffForms } from './form-diff.js';
import { formFromInspect } from './from-inspect.js';
import { formToArgv, formToCommand, mountSpec } from './run-argv.js';
import { emptyForm, type RunForm } from './run-form.js';
import { splitShellWords } from './shell-words.js';
import { validateForm } from './validate-form.js';

describe('formToCreateBody', () => {
  it('maps every field to the engine’s create body', () => {
    expect(formToCreateBody(fullForm())).toEqual({
      Image: 'berth-test/busybox:latest',
      Entrypoint: ['/bin/sh'],
      Cmd: ['-c', 'echo "hi there"; sleep 60'],
      WorkingDir: '/srv',
      User: '1000:1000',
      Env: ['A=x=y', 'SPACED=a b'],
      Labels: { 'berth.test': 'unit' },
      ExposedPorts: { '80/tcp': {}, '90/udp': {}, '91/udp': {} },
      Tty: true,
      OpenStdin: true,
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      StdinOnce: false,
      Hostname: 'box',
      HostConfig: {
        PortBindings: {
          '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }],
          '90/udp': [{ HostIp: '', HostPort: '9000' }],
          '91/udp': [{ HostIp: '', HostPort: '9001' }],
        },
        PublishAllPorts: true,
        Mounts: [
          { Type: 'volume', Source: 'data', Target: '/data', ReadOnly: false },
          { Type: 'volume', Target: '/anon', ReadOnly: false },
          { Type: 'bind', Source: '/tmp/a,b', Target: '/x', ReadOnly: true },
        ],
        NetworkMode: 'my-net',
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
        Memory: 256 * 1024 * 1024,
        NanoCpus: 500_000_000,
        AutoRemove: false,
        Privileged: true,
        CapAdd: ['NET_ADMIN', 'SYS_TIME'],
        CapDrop: ['MKNOD'],
        ReadonlyRootfs: true,
        ExtraHosts: ['db.local:10.0.0.5'],
      },
    });
  });

  it('leaves unset things to the engine and moves extra entrypoint words into the command', () => {
    const body = formToCreateBody({ ...emptyForm('busybox'), entrypoint: 'sh -c', command: 'date' });
    expect(body.Entrypoint).toEqual(['sh']);
    expect(body.Cmd).toEqual(['-c', 'date']);
    const bare = formToCreateBody(emptyForm('busybox'));
    expect(bare).not.toHaveProperty('Cmd');
    expect(bare.HostConfig).not.toHaveProperty('NetworkMode');
    expect(bare.HostConfig).not.toHaveProperty('Memory');
    expect(bare.HostConfig.RestartPolicy).toEqual({ Name: 'no', MaximumRetryCount: 0 });
  });
});

describe('formToArgv', () => {
  it('builds the equivalent docker run command, quoted for a shell', () => {
    const argv = formToArgv(fullForm());
    expect(argv).toEqual([
      'docker',
      'run',
      '-d',
      '--name',
      'web-1',
      '-p',
      '127.0.0.1:8080:80',
      '-p',
      '9000-9001:90-91/udp',
      '--publish-all',
      '-e',
      'A=x=y',
      '-e',
      'SPACED=a b',
      '--mount',
      'type=volume,source=data,target=/data',
      '--mount',
      'type=volume,target=/anon',
      '--mount',
      'type=bind,"source=/tmp/a,b",target=/x,readonly',
      '--network',
      'my-net',
      '--restart',
      'on-failure:3',
      '--label',
      'berth.test=unit',
      '--memory',
      '256m',
      '--cpus',
      '0.5',
      '-i',
      '-t',
      '--privileged',
      '--cap-add',
      'NET_ADMIN',
      '--cap-add',
      'SYS_TIME',
      '--cap-drop',
      'MKNOD',
      '--read-only',
      '--hostname',
      'box',
      '--add-host',
      'db.local:10.0.0.5',
      '--workdir',
      '/srv',
      '--user',
      '1000:1000',
      '--entrypoint',
      '/bin/sh',
      'berth-test/busybox:latest',
      '-c',
      'echo "hi there"; sleep 60',
    ]);
    const line = formToCommand(fullForm());
    expect(line).toContain(`'SPACED=a b'`);
    expect(line).toContain(`'echo "hi there"; sleep 60'`);
    expect(splitShellWords(line)).toEqual({ ok: true, words: argv });
  });

  it('uses docker create when the container is not to be started, and nothing extra for a bare form', () => {
    expect(formToArgv({ ...emptyForm('busybox'), start: false })).toEqual(['docker', 'create', 'busybox']);
    expect(formToArgv({ ...emptyForm('busybox'), restart: 'always', autoRemove: false })).toEqual([
      'docker',
      'run',
      '-d',
      '--restart',
      'always',
      'busybox',
    ]);
  });

  it('CSV-quotes mount fields holding commas or quotes', () => {
    expect(mountSpec({ kind: 'bind', source: '/a"b', target: '/c', readOnly: false })).toBe(
      'type=bind,"source=/a""b",target=/c',
    );
  });
});

const imageInspect = {
  Config: {
    Env: ['PATH=/usr/bin:/bin'],
    Cmd: ['sh'],
    Labels: { 'org.image': 'base' },
    WorkingDir: '',
    User: '',
    Volumes: { '/image-vol': {} },
  },
};

describe('formFromInspect', () => {
  it('reads a container back into the form, leaving out what the image brings', () => {
    const id = 'abcdef1234567890'.repeat(4);
    const form = formFromInspect(
      {
        Id: id,
        Name: '/web-1',
        Config: {
          Image: 'berth-test/busybox:latest',
          Hostname: id.slice(0, 12),
          Env: ['PATH=/usr/bin:/bin', 'B=2', 'A=x=y'],
          Cmd: ['sleep', '60'],
          Labels: { 'org.image': 'base', 'berth.test': 'unit' },
          Tty: false,
          OpenStdin: true,
        },
        HostConfig: {
          NetworkMode: 'default',
          PortBindings: {
            '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }],
            '53/udp': [{ HostIp: '', HostPort: '' }],
          },
          RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 },
          Memory: 268435456,
          NanoCpus: 1_500_000_000,
          CapAdd: ['NET_ADMIN'],
          CapDrop: null,
          ExtraHosts: ['a:1.2.3.4'],
        },
        Mounts: [
          { Type: 'volume', Name: 'data', Destination: '/data', RW: true },
          { Type: 'volume', Name: 'f'.repeat(64), Destination: '/image-vol', RW: true },
          { Type: 'volume', Name: 'e'.repeat(64), Destination: '/anon', RW: true },
          { Type: 'bind', Source: '/tmp/x', Destination: '/x', RW: false },
        ],
      },
      imageInspect,
    );
    expect(form).toEqual({
      ...emptyForm('berth-test/busybox:latest'),
      name: 'web-1',
      command: 'sleep 60',
      ports: [
        { hostIp: '', hostPort: '', containerPort: '53', protocol: 'udp' },
        { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' },
      ],
      env: [
        { key: 'B', value: '2' },
        { key: 'A', value: 'x=y' },
      ],
      mounts: [
        { kind: 'volume', source: '', target: '/anon', readOnly: false },
        { kind: 'volume', source: 'data', target: '/data', readOnly: false },
        { kind: 'bind', source: '/tmp/x', target: '/x', readOnly: true },
      ],
      restart: 'unless-stopped',
      labels: [{ key: 'berth.test', value: 'unit' }],
      memory: '256m',
      cpus: '1.5',
      interactive: true,
      capAdd: 'NET_ADMIN',
      extraHosts: 'a:1.2.3.4',
    });
  });

  it('round-trips a form through the create body and an inspect-shaped document', () => {
    const form = { ...fullForm(), mounts: fullForm().mounts.filter((m) => m.source !== '') };
    const body = formToCreateBody(form);
    const inspect = {
      Id: 'f'.repeat(64),
      Name: `/${form.name}`,
      Config: { ...body, HostConfig: undefined, Image: form.image },
      HostConfig: body.HostConfig,
      Mounts: body.HostConfig.Mounts.map((m) => ({
        Type: m.Type,
        Name: m.Type === 'volume' ? m.Source : undefined,
        Source: m.Source,
        Destination: m.Target,
        RW: !m.ReadOnly,
      })),
    };
    const back = formFromInspect(inspect, null);
    // Ranges come back as one row per port: the same bindings, written out.
    expect(formToCreateBody(back)).toEqual(body);
  });

  it('tolerates a sparse or hostile document', () => {
    expect(formFromInspect({})).toEqual({ ...emptyForm(''), start: true });
    expect(
      formFromInspect({
        Config: { Env: 'nope', Labels: [1] },
        HostConfig: { PortBindings: { '80/tcp': null } },
      }).env,
    ).toEqual([]);
  });
});

describe('diffForms', () => {
  it('lists only what changes, ignoring row order', () => {
    const before = fullForm();
    const after = {
      ...before,
      ports: [...before.ports].reverse().map((p) => (p.hostPort === '8080' ? { ...p, hostPort: '8081' } : p)),
      env: [...before.env].reverse(),
      memory: '512m',
    };
    expect(diffForms(before, after)).toEqual([
      {
        field: 'ports',
        label: 'Ports',
        before: '127.0.0.1:8080:80\n9000-9001:90-91/udp',
        after: '127.0.0.1:8081:80\n9000-9001:90-91/udp',
      },
      { field: 'memory', label: 'Memory limit', before: '256m', after: '512m' },
    ]);
    expect(diffForms(before, before)).toEqual([]);
  });
});

describe('sectionForEngineError', () => {
  it.each([
    [
      'driver failed programming external connectivity on endpoint x: Bind for 0.0.0.0:8080 failed: port is already allocated',
      'ports',
    ],
    ['Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use', 'ports'],
    ['invalid mount config for type "bind": bind source path does not exist: /nope', 'volumes'],
    ['network nope not found', 'network'],
    ['Minimum memory limit allowed is 6MB', 'resources'],
    ['No such image: nope:latest', 'basic'],
    ['Conflict. The container name "/x" is already in use', 'basic'],
  ])('puts %j in %s', (message, section) => {
    expect(sectionForEngineError(message)).toBe(section);
  });
});

describe('the preview and the create body follow the docker CLI (cli-rules tables)', () => {
  const form = (patch: Partial<RunForm>): RunForm => ({ ...emptyForm('busybox'), ...patch });

  it('sends a bracketed or `=` IPv6 extra host as the name:ip the engine takes', () => {
    const hosts = form({ extraHosts: 'v6=[::1]\nv6b:[2003:ab34:e::1]\ngw=host-gateway' });
    expect(validateForm(hosts).extraHosts).toBeUndefined();
    const argv = formToArgv(hosts);
    expect(argv.join(' ')).toContain(
      '--add-host v6:::1 --add-host v6b:2003:ab34:e::1 --add-host gw:host-gateway',
    );
    expect(formToCreateBody(hosts).HostConfig.ExtraHosts).toEqual([
      'v6:::1',
      'v6b:2003:ab34:e::1',
      'gw:host-gateway',
    ]);
    // A malformed IPv6 address is refused, as the CLI refuses it.
    expect(validateForm(form({ extraHosts: 'v6:::::1' })).extraHosts).toMatch(/not an IP address/);
    // Any name the CLI takes, unless it would break its /etc/hosts line.
    expect(validateForm(form({ extraHosts: 'my_host:10.0.0.1' })).extraHosts).toBeUndefined();
    expect(validateForm(form({ extraHosts: 'my host:10.0.0.1' })).extraHosts).toMatch(/etc\/hosts/);
  });

  it('reads memory as go-units does: `.5g` is 512 MiB; a negative or doubled suffix is refused', () => {
    expect(validateForm(form({ memory: '.5g' })).memory).toBeUndefined();
    expect(formToArgv(form({ memory: '.5g' }))).toEqual([
      'docker',
      'run',
      '-d',
      '--memory',
      '.5g',
      'busybox',
    ]);
    expect(formToCreateBody(form({ memory: '.5g' })).HostConfig.Memory).toBe(512 * 1024 ** 2);
    for (const bad of ['-.5g', '.5gg', '.', '5 g b']) {
      expect(validateForm(form({ memory: bad })).memory).toMatch(/not a size the docker CLI reads/);
    }
    // 0 is "no limit" for the engine, so it is not below the 6m minimum.
    expect(validateForm(form({ memory: '-0' })).memory).toBeUndefined();
    // Accepted by the CLI, but more than Berth's JSON transport carries exactly: said so.
    expect(validateForm(form({ memory: '32P' })).memory).toMatch(/2\^53/);
  });

  it('refuses a mount path with a trailing blank, which the CLI refuses in --mount', () => {
    const errors = validateForm(
      form({ mounts: [{ kind: 'bind', source: '/srv/data ', target: '/data ', readOnly: false }] }),
    );
    expect(errors['mounts.0.source']).toMatch(/blank/);
    expect(errors['mounts.0.target']).toMatch(/blank/);
  });

  it('takes an IPv6 port host address in brackets and writes it back bracketed', () => {
    const ports = form({
      ports: [{ hostIp: '[::1]', hostPort: '8080', containerPort: '80', protocol: 'tcp' }],
    });
    expect(validateForm(ports)).toEqual({});
    expect(formToArgv(ports)).toContain('[::1]:8080:80');
    expect(formToCreateBody(ports).HostConfig.PortBindings).toEqual({
      '80/tcp': [{ HostIp: '::1', HostPort: '8080' }],
    });
    expect(
      validateForm(
        form({ ports: [{ hostIp: '1::2::3', hostPort: '', containerPort: '80', protocol: 'tcp' }] }),
      )['ports.0.hostIp'],
    ).toMatch(/not an IP address/);
  });

  it('checks the image with the one reference parser the pull form uses', () => {
    expect(validateForm(form({ image: 'Registry.Example.com/app:1' })).image).toBeUndefined();
    expect(validateForm(form({ image: '[::1]:5000/app' })).image).toBeUndefined();
    expect(validateForm(form({ image: `sha256:${'a'.repeat(64)}` })).image).toBeUndefined();
    expect(validateForm(form({ image: 'app@sha512:' + 'f'.repeat(128) })).image).toMatch(
      /unsupported digest/,
    );
    expect(validateForm(form({ image: `example.com/${'a'.repeat(256)}` })).image).toMatch(/too long/);
  });
});
