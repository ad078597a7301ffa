// Paging long lists of times on Teams cards (issue 18, item 13): a list that fits is whole; longer ones by week,
// and a week with more than a card holds by runs of whole days (a day with more by runs of times). Every time is on
// exactly one page, no page holds more than the limit, and any page key finds the page that covers it.
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { wordsFor } from '../../src/i18n/words.js';
import { isPageKey, pageTimes, type TimesPage } from '../../src/teams/card-pages.js';

const zone = 'Europe/London';
const w = wordsFor({ zone, locale: 'en-GB' });
type Item = { id: string; start: Date };
const at = (local: string): Item => ({ id: local, start: DateTime.fromISO(local, { zone }).toJSDate() });

/** `perDay` half-hour times from 08:00 on each of `days` days from `first` (a local date). */
function times(first: string, days: number, perDay: number): Item[] {
  const out: Item[] = [];
  for (let d = 0; d < days; d++) {
    const day = DateTime.fromISO(first, { zone }).plus({ days: d });
    for (let i = 0; i < perDay; i++)
      out.push(
        at(
          day
            .set({ hour: 8 })
            .plus({ minutes: 30 * i })
            .toFormat("yyyy-MM-dd'T'HH:mm"),
        ),
      );
  }
  return out;
}

/** Every page, following Later from the first. */
function walk(items: Item[], limit: number): TimesPage<Item>[] {
  const pages = [pageTimes(items, w, limit)];
  for (let page = pages[0]; page?.next;) {
    page = pageTimes(items, w, limit, page.next.key);
    pages.push(page);
    if (pages.length > 100) throw new Error('paging does not end');
  }
  return pages;
}

describe('teams: paging times on cards', () => {
  it('shows a list that fits whole, without page or label', () => {
    const page = pageTimes(times('2030-01-14', 2, 10), w, 20);
    expect(page.items).to.have.length(20);
    expect(page).to.include({ key: null, label: '', previous: null, next: null });
  });

  it('pages the largest realistic fortnight (100 half-hour times a week) by days: all times once, none over the limit', () => {
    const items = times('2030-01-14', 5, 20).concat(times('2030-01-21', 5, 20));
    for (const limit of [20, 40]) {
      const pages = walk(items, limit);
      expect(pages.flatMap((p) => p.items.map((i) => i.id))).to.deep.equal(items.map((i) => i.id));
      for (const page of pages) expect(page.items.length).to.be.within(1, limit);
    }
    const byForty = walk(items, 40);
    expect(byForty.map((p) => p.label)).to.deep.equal([
      'Monday 14 to Tuesday 15 January',
      'Wednesday 16 to Thursday 17 January',
      'Friday 18 January',
      'Monday 21 to Tuesday 22 January',
      'Wednesday 23 to Thursday 24 January',
      'Friday 25 January',
    ]);
    expect(byForty.map((p) => p.key)).to.deep.equal(['2030-01-14', '2030-01-16', '2030-01-18', '2030-01-21', '2030-01-23', '2030-01-25']);
    expect(byForty.map((p) => p.next?.step ?? null)).to.deep.equal(['days', 'days', 'week', 'days', 'days', null]);
    expect(byForty.map((p) => p.previous?.key ?? null)).to.deep.equal([
      null,
      '2030-01-14',
      '2030-01-16',
      '2030-01-18',
      '2030-01-21',
      '2030-01-23',
    ]);
  });

  it('keeps a week that fits as one page labelled by its Monday', () => {
    const items = times('2030-01-14', 2, 10).concat(times('2030-01-21', 5, 20));
    const first = pageTimes(items, w, 40);
    expect(first).to.include({ key: '2030-01-14', label: 'Week of Monday 14 January' });
    expect(first.next).to.deep.equal({ key: '2030-01-21', step: 'week' });
  });

  it('splits a day with more times than a card holds by runs of times', () => {
    const items = times('2030-01-14', 1, 25).concat(times('2030-01-15', 1, 5));
    const pages = walk(items, 10);
    // 25 times on Monday: three even runs of 9, 9 and 7 (not 10, 10 and 5); Tuesday's 5 do not fit the last.
    expect(pages.map((p) => p.items.length)).to.deep.equal([9, 9, 7, 5]);
    expect(pages.map((p) => p.key)).to.deep.equal(['2030-01-14', '2030-01-14T12:30', '2030-01-14T17:00', '2030-01-15']);
    expect(pages.map((p) => p.label)).to.deep.equal([
      'Monday 14 January',
      'Monday 14 January from 12:30',
      'Monday 14 January from 17:00',
      'Tuesday 15 January',
    ]);
    expect(pages.map((p) => p.next?.step ?? null)).to.deep.equal(['times', 'times', 'days', null]);
    // A run that goes on with the day before it says so, and ends on the next day when that day fits.
    const joined = walk(times('2030-01-14', 1, 25).concat(times('2030-01-15', 1, 2)), 10);
    expect(joined.at(-1)?.label).to.equal('Monday 14 January from 17:00 to Tuesday 15 January');
  });

  it('finds the page covering a requested instant, the next one with times after a gap, else the last', () => {
    const items = times('2030-01-14', 5, 20).concat(times('2030-02-04', 1, 3));
    const page = (key: string) => pageTimes(items, w, 40, key).key;
    expect(page('2030-01-14')).to.equal('2030-01-14');
    // A Wednesday afternoon: the page of Wednesday and Thursday.
    expect(page('2030-01-16T15:30')).to.equal('2030-01-16');
    expect(page('2030-01-17')).to.equal('2030-01-16');
    // The weekend after the last page of the week is still that week's last page.
    expect(page('2030-01-19')).to.equal('2030-01-18');
    // Empty weeks lead on to the next times, and past the end to the last page.
    expect(page('2030-01-28')).to.equal('2030-02-04');
    expect(page('2031-01-01')).to.equal('2030-02-04');
    expect(page('2029-12-01')).to.equal('2030-01-14');
    // An old card's week key lands on that week's first page.
    expect(page('2030-01-14')).to.equal(pageTimes(items, w, 40).key);
  });

  it('accepts page keys only as local dates or minutes', () => {
    for (const good of ['2030-01-14', '2030-01-14T13:00']) expect(isPageKey(good), good).to.equal(true);
    for (const bad of ['../../etc', '2030-13-01', '2030-01-14T25:00', '2030-01-14T13:00:00', '', '2030-1-4']) {
      expect(isPageKey(bad), bad).to.equal(false);
    }
  });
});
