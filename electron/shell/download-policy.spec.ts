import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadDecision, safeFilename } from './download-policy.js';

const DOWNLOADS = '/home/ada/Downloads';

describe('downloadDecision', () => {
  it("asks where to save Berth's own downloads, starting in the Downloads folder", () => {
    expect(
      downloadDecision({ url: 'app://berth/transfers/d/abc123', filename: 'web-1-etc.tar' }, DOWNLOADS),
    ).toEqual({ action: 'ask', defaultPath: path.join(DOWNLOADS, 'web-1-etc.tar'), title: 'Save download' });
  });

  it('cancels downloads that are not from our origin', () => {
    for (const url of [
      'https://example.com/x.tar',
      'blob:app://berth/6d1c',
      'data:text/plain,hi',
      'app://evil/transfers/x',
      'file:///etc/passwd',
    ]) {
      expect(downloadDecision({ url, filename: 'x' }, DOWNLOADS).action, url).toBe('cancel');
    }
  });

  it('never lets the suggested name leave the folder or break on a platform', () => {
    expect(safeFilename('../../.bashrc')).toBe('bashrc');
    expect(safeFilename('..\\..\\evil.exe')).toBe('evil.exe');
    expect(safeFilename('a<b>c:d"e|f?g*h\u0001.txt')).toBe('a_b_c_d_e_f_g_h_.txt');
    expect(safeFilename('CON.txt')).toBe('_CON.txt');
    expect(safeFilename('')).toBe('download');
    expect(safeFilename('...')).toBe('download');
    const long = safeFilename(`${'x'.repeat(500)}.tar.gz`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.gz')).toBe(true);
  });
});
