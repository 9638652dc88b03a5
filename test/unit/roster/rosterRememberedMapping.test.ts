import { describe, expect, it } from 'vitest';
import { openTestApp } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { csv } from './rosterFiles';

const tempDir = useTempDirs();

// Headers the guesses cannot place: "PNr" and "Kostenstelle" are this plant's own words.
const NOVEMBER = csv('Nachname;Vorname;PNr;Kostenstelle\nNowak;Paweł;P-2;Presse 1\n', 'november.csv');
const DECEMBER = csv(' nachname ; VORNAME ; pnr ; kostenstelle \nKowalczyk;Łukasz;P-1;Presse 2\n', 'december.csv');
const CHOSEN = ['lastName', 'firstName', 'employeeId', 'team'] as const;

describe('the roster columns the trainer set', () => {
  it('are used again for the next file with the same header row, and said to be', async () => {
    const { call } = await openTestApp(await tempDir());
    const first = await call('roster:preview', NOVEMBER);
    expect(first.columns.map((c) => c.target)).toEqual(['lastName', 'firstName', 'ignore', 'ignore']);
    expect(first.mappingRemembered).toBe(false);
    await call('roster:import', { ...NOVEMBER, mapping: [...CHOSEN], existing: 'update' });

    const next = await call('roster:preview', DECEMBER);
    expect(next.mappingRemembered).toBe(true);
    expect(next.columns.map((c) => c.target)).toEqual(CHOSEN);
    expect(next.rows[0]).toMatchObject({ fullName: 'Łukasz Kowalczyk', employeeId: 'P-1', team: 'Presse 2' });
    // Another header row is guessed as before.
    const other = await call('roster:preview', csv('Name;PNr;Team\nAnna Berg;A-1;Presse 1\nTom Hale;A-2;Presse 1\n'));
    expect(other.mappingRemembered).toBe(false);
    expect(other.columns.map((c) => c.target)).toEqual(['fullName', 'ignore', 'team']);
  });

  it('live in the settings, survive a save of the settings form, and are checked like every setting', async () => {
    const { call } = await openTestApp(await tempDir());
    await call('roster:import', { ...NOVEMBER, mapping: [...CHOSEN], existing: 'update' });
    const settings = await call('settings:get', {});
    expect(settings.rosterMappings).toEqual([
      { headers: ['Nachname', 'Vorname', 'PNr', 'Kostenstelle'], mapping: [...CHOSEN] },
    ]);
    const { rosterMappings, ...form } = settings;
    await call('settings:update', { ...form, organisationName: 'Presswerk Süd' });
    expect((await call('settings:get', {})).rosterMappings).toEqual(rosterMappings);
    await expect(
      call('settings:update', { ...form, rosterMappings: [{ headers: ['Name'], mapping: ['fullName', 'team'] }] }),
    ).rejects.toThrow('Each remembered column needs a place it goes.');
  });
});
