import {describe, expect, it} from 'vitest';
import {closedBecause, uncalendaredNote} from './badgeWords';

describe('badge words', () => {
  it('say why a channel is closed: the holiday, or the closure’s reason', () => {
    expect(closedBecause('holiday', '国庆节', 'zh-Hans')).toBe('国庆节休息');
    expect(closedBecause('holiday', 'National Day', 'en')).toBe('Closed for National Day');
    expect(closedBecause('closure', '公司年会', 'zh-Hans')).toBe('因公司年会暂停服务');
    expect(closedBecause('closure', 'company retreat', 'en')).toBe('Closed for company retreat');
  });

  it('say that a year’s make-up days are not in our calendar yet, never that they are unpublished', () => {
    expect(uncalendaredNote('2031', 'zh-Hans')).toBe('2031 年的调休安排尚未收录，其余日期按常规时间推算。');
    expect(uncalendaredNote('2031', 'en')).toBe(
      '2031’s make-up working days aren’t in our calendar yet, so other days follow the regular weekly hours.',
    );
    expect(uncalendaredNote('2031', 'zh-Hans')).not.toContain('尚未公布');
    expect(uncalendaredNote('2031', 'en')).not.toMatch(/not (been )?(published|announced)/);
  });
});
