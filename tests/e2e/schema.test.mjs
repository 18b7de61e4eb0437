// The published JSON Schema (public/dekom-plans.schema.json) must describe the files the
// app really reads: the hand-written version-1 fixture passes, and a file the app refuses
// is refused here too. Needs no browser and no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const schema = read('public/dekom-plans.schema.json');
const fixture = () => read('tests/fixtures/plans-v1.json');
// strict: an unknown keyword or a typo in the schema fails compilation instead of being ignored.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

test('the version-1 export fixture is valid', () => {
  assert.ok(validate(fixture()), JSON.stringify(validate.errors, null, 2));
});

test('a version-2 file with change stamps and a conflict is valid; a malformed stamp is not', () => {
  const file = fixture();
  file.version = 2;
  file.plans[0].sync = {
    seen: { tk3x9: 4 },
    stamps: { '/school': ['tk3x9', 4, 1764662400000], '/planning/milestones/#m1': ['tk3x9', 2, 1764662300000] },
    conflicts: [{ path: '/idea', stamp: ['tq7r2', 1, 1764662400001], value: 'Alle leser' }, { path: '/name', stamp: null }],
  };
  assert.ok(validate(file), JSON.stringify(validate.errors, null, 2));
  file.plans[0].sync.stamps['/school'] = ['tk3x9', 0];
  assert.equal(validate(file), false);
});

test('a single-plan envelope is valid', () => {
  const envelope = { format: 'dekom-plan', version: 1, saved: '2026-11-22T08:00:00.000Z', plan: fixture().plans[0] };
  assert.ok(validate(envelope), JSON.stringify(validate.errors, null, 2));
});

test('a plan with self-assessment snapshots is valid; an unknown instrument is not', () => {
  const file = fixture();
  file.plans[0].assessments = [
    { id: 's1', instrument: 'capacity', date: '2026-11-22', note: '', ratings: { 'cap-values': { counts: [0, 1, 2, 0, 0], dont_know: 1 } }, levels: [0, 0, 0, 0, 0, 0, 0, 0] },
    { id: 's2', instrument: 'levels_of_use', date: '2026-11-22', levels: [3, 2, 0, 5, 1, 0, 0, 1] },
  ];
  assert.ok(validate(file), JSON.stringify(validate.errors, null, 2));
  file.plans[0].assessments[1].instrument = 'mood';
  assert.equal(validate(file), false);
});

test('a status of the wrong type is rejected at its path', () => {
  const file = fixture();
  file.plans[0].phases[1].status = 2;
  assert.equal(validate(file), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/plans/0/phases/1/status'), JSON.stringify(validate.errors));
});

test('what the app refuses is rejected', () => {
  const variants = [
    (f) => { f.plans[0].phases[0].status = 'ferdig'; },
    (f) => { f.plans[1].id = '  '; },
    (f) => { f.plans = []; },
    (f) => { f.version = 3; },
    (f) => { f.format = 'noe-annet'; },
    (f) => { f.plans[0].phases[0].activities['f1-a-dialog'].done = 'ja'; },
    (f) => { f.plans[0].id = 'bø/skule'; },
    (f) => { f.plans[0].phases[0].answers['a.b'] = 'svar'; },
    (f) => { f.plans[0].phases.push({}); },
    (f) => { f.plans[0].planning = { wheel: [{ id: 'w', month: 13 }] }; },
    (f) => { f.plans[0].planning = { barriers: [{ id: 'b', likelihood: 9 }] }; },
    (f) => { f.plans[0].planning = { components: [{ id: 'c', drivers: { coaching: { rating: 4 } } }] }; },
    (f) => { f.plans[0].planning = { group: { members: [{ id: 'm', role: 'sjef' }] } }; },
  ];
  for (const change of variants) {
    const file = fixture();
    change(file);
    assert.equal(validate(file), false, change.toString());
  }
});
