import { describe, expect, it } from 'vitest';
import { checkComposeForm } from './compose-form.js';

describe('checkComposeForm', () => {
  it('accepts an absolute path with or without a valid project name', () => {
    expect(checkComposeForm('/srv/app/docker-compose.yml', '')).toEqual({ path: null, project: null });
    expect(checkComposeForm(' /srv/app/compose.yaml ', 'my_app-1')).toEqual({ path: null, project: null });
  });

  it('explains an empty, relative, NUL-carrying or overlong path', () => {
    expect(checkComposeForm('', '').path).toMatch(/Enter the path/);
    expect(checkComposeForm('app/docker-compose.yml', '').path).toMatch(/absolute/);
    expect(checkComposeForm('/a\0b', '').path).toMatch(/NUL/);
    expect(checkComposeForm(`/${'a'.repeat(5000)}`, '').path).toMatch(/too long/);
  });

  it('explains a project name compose would refuse', () => {
    expect(checkComposeForm('/a.yml', 'My App').project).toMatch(/lowercase/);
    expect(checkComposeForm('/a.yml', '-x').project).toMatch(/lowercase/);
    expect(checkComposeForm('/a.yml', 'a'.repeat(64)).project).toMatch(/at most 63/);
  });
});
