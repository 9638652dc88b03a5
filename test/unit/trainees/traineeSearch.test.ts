import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { noTraineeMatches, traineeSearch } from '../../../src/shared/trainees/traineeSearch';
import type { TraineeRow } from '../../../src/shared/trainees/traineeViews';

function row(fullName: string, employeeId: string | null = null): TraineeRow {
  return {
    id: fullName,
    fullName,
    employeeId,
    team: '',
    site: '',
    trainer: '',
    archived: false,
    plans: [],
    nextTargetDate: null,
    lastActivity: null,
    lastEditedAt: '2026-11-01T00:00:00.000Z',
  };
}

const people = [
  row('Jonas Müller', 'B-1001'),
  row('Łukasz Kowalczyk', 'B-1002'),
  row('Paweł Nowak', 'B-1003'),
  row('Michael Schröder', 'B-1004'),
  row('Hans Straße', 'B-1005'),
  row('Manuel Ortega', 'B-1006'),
];

/** Who the trainees list shows for a search: the list, the pickers, the reports and the CLI use this rule. */
const found = (search: string) =>
  people.filter((p) => matchesFilter(p, { ...NO_FILTER, search })).map((p) => p.fullName);

describe('one trainee search rule', () => {
  it('finds Müller typed the German way (ue), without the umlaut, or with it', () => {
    expect(found('mueller')).toEqual(['Jonas Müller']);
    expect(found('Muller')).toEqual(['Jonas Müller']);
    expect(found('Müller')).toEqual(['Jonas Müller']);
    expect(found('schroeder')).toEqual(['Michael Schröder']);
    expect(found('strasse')).toEqual(['Hans Straße']);
  });

  it('finds names that really hold ue, ae or oe only as they are written', () => {
    expect(found('michael')).toEqual(['Michael Schröder']);
    expect(found('michal')).toEqual([]);
    expect(found('manuel')).toEqual(['Manuel Ortega']);
    expect(found('manul')).toEqual([]);
  });

  it('finds a name written surname first, as HR writes it, with or without a comma', () => {
    expect(found('Kowalczyk Łukasz')).toEqual(['Łukasz Kowalczyk']);
    expect(found('kowalczyk lukasz')).toEqual(['Łukasz Kowalczyk']);
    expect(found('Kowalczyk, Łukasz')).toEqual(['Łukasz Kowalczyk']);
    expect(found('nowak pawel')).toEqual(['Paweł Nowak']);
  });

  it('needs every typed word to be found in the name or the badge ID', () => {
    expect(found('Kowalczyk Paweł')).toEqual([]);
    expect(found('nowak B-1003')).toEqual(['Paweł Nowak']);
    expect(found('B-1004')).toEqual(['Michael Schröder']);
  });

  it('treats a search of only spaces as no search', () => {
    expect(traineeSearch('   ').empty).toBe(true);
    expect(found('  ')).toHaveLength(people.length);
  });

  it('says in words that nothing matched, quoting the search', () => {
    expect(noTraineeMatches(' Zzyzx ')).toBe('No trainee matches ‘Zzyzx’');
  });
});
