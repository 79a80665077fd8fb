import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_TYPES, filterParams } from '../src/js/api.js';
import { fromHash, initialState, toHash } from '../src/js/state.js';

test('a permalink reads back as the state it was written from', () => {
  const s = initialState();
  s.view = { zoom: 7.5, lat: 48.1234, lon: 37.5678 };
  s.from = '2024-01-01';
  s.to = '2024-03-31';
  s.types = new Set(['battles', 'riots']);
  s.country = 'UA';
  s.region = 'UA-14';
  s.regionName = 'Donetsk';
  s.q = 'drone strike';
  s.interval = 'day';

  const back = fromHash(toHash(s));

  assert.deepEqual({ ...back, types: [...back.types] }, { ...s, types: [...s.types] });
});

test('the default state writes only the view', () => {
  assert.match(toHash(initialState()), /^#map=[\d.]+\/[\d.]+\/[\d.]+$/);
});

test('malformed parts of a hash are ignored, not trusted', () => {
  const s = fromHash('#map=99/500/0&from=yesterday&type=battles,bogus&country=ukraine&region=UA-14;x');

  assert.deepEqual(s.view, initialState().view);
  assert.equal(s.from, null);
  assert.deepEqual([...s.types], ['battles']);
  assert.equal(s.country, '');
  assert.equal(s.region, '');
});

test('filters become the API parameters; tiles get no text, the timeline no time', () => {
  const s = initialState();
  s.from = '2024-01-01';
  s.types = new Set(['battles']);
  s.q = 'shelling';

  assert.equal(filterParams(s).toString(), 'datetime=2024-01-01%2F..&type=battles&q=shelling');
  assert.equal(filterParams(s, { withText: false }).get('q'), null);
  assert.equal(filterParams(s, { withTime: false }).get('datetime'), null);
});

test('no type ticked matches nothing rather than everything', () => {
  const s = initialState();
  s.types = new Set();

  assert.equal(filterParams(s).get('type'), 'none');
  assert.equal(filterParams(initialState()).get('type'), null);
  assert.equal(EVENT_TYPES.length, 6);
});
