// Who may connect to an embed: the build's origin list, narrowed by the page's ?host= list.
import { describe, expect, it } from 'vitest';
import { allowedOrigins } from '../../src/embed/connection';

describe('allowedOrigins', () => {
  it('is anyone when neither the build nor the page names a list', () => {
    expect(allowedOrigins(undefined, null)).toBeNull();
    expect(allowedOrigins('', '')).toBeNull();
  });
  it('takes either list alone, and only their common origins when both are given', () => {
    expect([...allowedOrigins('https://a.edu, https://b.edu', null)!]).toEqual([
      'https://a.edu',
      'https://b.edu',
    ]);
    expect([...allowedOrigins(undefined, 'https://c.edu')!]).toEqual(['https://c.edu']);
    // a page cannot widen the build's list
    expect([...allowedOrigins('https://a.edu', 'https://a.edu,https://evil.example')!]).toEqual([
      'https://a.edu',
    ]);
    expect(allowedOrigins('https://a.edu', 'https://evil.example')!.size).toBe(0);
  });
});
