import { describe, expect, it } from 'vitest';
import { checkVolumeForm, parseKeyValues, volumeNameProblem } from './volume-form.js';

describe('the create-volume form', () => {
  it('parses key=value lines, keeping = inside values', () => {
    expect(parseKeyValues('type=tmpfs\n\n o = size=100m,uid=1000 ', 'Options')).toEqual({
      values: { type: 'tmpfs', o: ' size=100m,uid=1000' },
      problem: null,
    });
    expect(parseKeyValues('novalue', 'Labels').problem).toBe('Labels, line 1: write key=value.');
    expect(parseKeyValues('a=1\n=2', 'Labels').problem).toBe('Labels, line 2: write key=value.');
    expect(parseKeyValues('a=1\na=2', 'Labels').problem).toBe('Labels, line 2: a is given twice.');
  });

  it('checks the name like the engine and refuses before sending', () => {
    expect(volumeNameProblem('data')).toBeNull();
    expect(volumeNameProblem('')).toBe('Give the volume a name.');
    expect(volumeNameProblem('x')).toMatch(/at least 2 characters/);
    expect(volumeNameProblem('bad/name')).toMatch(/letters, digits/);
    expect(checkVolumeForm({ name: 'bad name', driver: '', driverOpts: '', labels: '' })).toMatchObject({
      ok: false,
      field: 'name',
    });
  });

  it('builds the request with local as the default driver', () => {
    expect(
      checkVolumeForm({ name: ' data ', driver: '', driverOpts: 'type=tmpfs', labels: 'team=web' }),
    ).toEqual({
      ok: true,
      request: { name: 'data', driver: 'local', driverOpts: { type: 'tmpfs' }, labels: { team: 'web' } },
    });
    expect(checkVolumeForm({ name: 'data', driver: 'bad driver', driverOpts: '', labels: '' })).toMatchObject(
      {
        ok: false,
        field: 'driver',
      },
    );
  });
});
