import { describe, expect, it } from 'vitest';
import { progressItem } from './compose-progress.js';

describe('progressItem', () => {
  it('reads v1 progress lines, before and after their outcome', () => {
    expect(progressItem('Creating shop_web_1    ... ')).toEqual({
      id: 'shop_web_1',
      label: 'shop_web_1',
      status: 'Creating…',
      current: 0,
      total: 1,
    });
    expect(progressItem('Creating shop_web_1    ... done')).toMatchObject({
      status: 'Creating done',
      current: 1,
    });
    expect(progressItem('Stopping shop_db_1 ... error')).toMatchObject({
      id: 'shop_db_1',
      status: 'Stopping error',
    });
  });

  it('reads v2 progress lines', () => {
    expect(progressItem(' Container shop-web-1  Started')).toMatchObject({
      id: 'shop-web-1',
      status: 'Started',
      current: 1,
    });
    expect(progressItem(' Container shop-web-1  Creating')).toMatchObject({ current: 0 });
    expect(progressItem(' Network shop_default  Created')).toMatchObject({ id: 'shop_default' });
  });

  it('ignores everything else', () => {
    for (const line of [
      '',
      'Creating network "shop_default" with the default driver',
      'ERROR: for web  Cannot start service web',
      'Step 1/3 : FROM busybox',
      'Container',
    ]) {
      expect(progressItem(line), line).toBeNull();
    }
  });
});
