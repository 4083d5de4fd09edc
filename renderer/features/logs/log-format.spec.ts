import { describe, expect, it } from 'vitest';
import { createLogFormatter, epochSeconds, fileName, tailLines } from './log-format.js';
import { LogRecord } from './log-record.js';

const both = { stdout: true, stderr: true };

describe('log formatter', () => {
  it('passes stdout through and draws stderr in red', () => {
    const format = createLogFormatter();
    expect(format({ stream: 'stdout', text: 'hello\n' }, both)).toBe('hello\n');
    expect(format({ stream: 'stderr', text: 'oops\n' }, both)).toBe('\x1b[31moops\n\x1b[39m');
  });

  it('leaves out the streams the user hides', () => {
    const format = createLogFormatter();
    expect(format({ stream: 'stderr', text: 'oops\n' }, { stdout: true, stderr: false })).toBe('');
    expect(format({ stream: 'stdout', text: 'x\n' }, { stdout: false, stderr: true })).toBe('');
  });

  it('puts system notes dim and italic on a line of their own', () => {
    const format = createLogFormatter();
    format({ stream: 'stdout', text: 'partial' }, both);
    expect(format({ stream: 'system', text: 'container stopped' }, both)).toBe(
      '\n\x1b[3mcontainer stopped\x1b[23m\n',
    );
    expect(format({ stream: 'system', text: 'resumed\n' }, { stdout: false, stderr: false })).toBe(
      '\x1b[3mresumed\x1b[23m\n',
    );
  });

  it('keeps markup as text', () => {
    const format = createLogFormatter();
    expect(format({ stream: 'stdout', text: '<script>alert(1)</script>' }, both)).toBe(
      '<script>alert(1)</script>',
    );
  });
});

describe('log fields', () => {
  it('reads datetime-local values as epoch seconds', () => {
    expect(epochSeconds('')).toBeUndefined();
    expect(epochSeconds('nonsense')).toBeUndefined();
    expect(epochSeconds('2024-01-02T03:04')).toBe(Math.floor(new Date('2024-01-02T03:04').getTime() / 1000));
  });

  it('reads the number of lines, falling back when out of range', () => {
    expect(tailLines('250')).toBe(250);
    expect(tailLines('-1')).toBe(1000);
    expect(tailLines('1.5')).toBe(1000);
    expect(tailLines('99999999')).toBe(1000);
  });

  it('names saved files after the container and the time', () => {
    expect(fileName('web/1', new Date('2024-01-02T03:04:05.678Z'))).toBe('web_1-2024-01-02T03-04-05.log');
  });
});

describe('log record', () => {
  it('keeps the most recent text and says what it let go', () => {
    const record = new LogRecord(10);
    record.push('aaaa');
    record.push('bbbb');
    record.push('cccc');
    expect(record.length).toBe(8);
    expect(record.dropped).toBe(4);
    expect(record.blobParts()).toEqual([
      '[Berth: 4 earlier characters are not in this file]\n',
      'bbbb',
      'cccc',
    ]);
    record.clear();
    expect(record.blobParts()).toEqual([]);
  });

  it('keeps a single chunk larger than the bound rather than nothing', () => {
    const record = new LogRecord(3);
    record.push('abcdef');
    expect(record.blobParts()).toEqual(['abcdef']);
  });
});
