import { describe, expect, it } from 'vitest';
import { nextPageCursor } from './link-header.js';

describe('nextPageCursor', () => {
  it("reads distribution's next link", () => {
    expect(nextPageCursor('</v2/_catalog?last=team%2Fweb&n=100>; rel="next"')).toBe('team/web');
    expect(nextPageCursor('</v2/app/tags/list?n=2&last=1.0>; rel=next')).toBe('1.0');
  });

  it('is null on the last page, for other relations and for garbage', () => {
    expect(nextPageCursor(null)).toBeNull();
    expect(nextPageCursor('')).toBeNull();
    expect(nextPageCursor('</v2/_catalog?last=a>; rel="prev"')).toBeNull();
    expect(nextPageCursor('</v2/_catalog?n=5>; rel="next"')).toBeNull();
    expect(nextPageCursor('</v2/_catalog?last=%E0%A4%A>; rel="next"')).toBeNull();
  });

  it('picks next among several links', () => {
    expect(nextPageCursor('</a?last=x>; rel="prev", </a?last=y&n=1>; rel="next"')).toBe('y');
  });
});
