import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeSpans } from '../src/js/details.js';

const report = {
  text: 'Officials said. Shelling hit Kramatorsk and Sloviansk on Tuesday, officials in Kyiv said.',
  mentions: [
    { surface: 'Kramatorsk', start: 29, end: 39, role: 'event', name: 'Kramatorsk', kind: 'locality', admin1: 'UA-14' },
    { surface: 'Sloviansk', start: 44, end: 53, role: 'event', name: 'Sloviansk', kind: 'locality', admin1: 'UA-14' },
    { surface: 'Kyiv', start: 79, end: 83, role: 'context', name: 'Kyiv', kind: 'locality', admin1: 'UA-30' },
  ],
};
const sentence = report.text.slice(16);

test("report offsets move into the sentence: the event's place is 'place', others 'other'", () => {
  const p = { evidence: sentence, evidenceStart: 16, place: 'Kramatorsk', kind: 'locality', admin1: 'UA-14' };

  const spans = placeSpans(p, report).map((s) => [sentence.slice(s.start, s.end), s.cls]);

  assert.deepEqual(spans, [
    ['Kramatorsk', 'place'],
    ['Sloviansk', 'other'],
    ['Kyiv', 'other'],
  ]);
});

test('mentions whose offsets do not fit the sentence are dropped, the place found by name', () => {
  const p = { evidence: sentence, evidenceStart: 0, place: 'Sloviansk', kind: 'locality', admin1: 'UA-14' };

  const spans = placeSpans(p, report);

  assert.deepEqual(spans.map((s) => [sentence.slice(s.start, s.end), s.cls]), [['Sloviansk', 'place']]);
});

test('no report and no place name in the sentence: nothing marked', () => {
  assert.deepEqual(placeSpans({ evidence: 'Fighting continued.', place: 'Bakhmut' }, null), []);
});
