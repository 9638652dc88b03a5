import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../../src/shared/roster/guessColumns';

describe('guessing columns from the header row', () => {
  it('reads a German HR export: Nachname;Vorname;Personalnummer;Abteilung;Eintritt', () => {
    expect(guessColumns(['Nachname', 'Vorname', 'Personalnummer', 'Abteilung', 'Eintritt'])).toEqual([
      'lastName',
      'firstName',
      'employeeId',
      'team',
      'startDate',
    ]);
    expect(guessColumns(['Personal-Nr.', 'Standort', 'Eintrittsdatum', 'Ausbilder', 'Bemerkungen'])).toEqual([
      'employeeId',
      'site',
      'startDate',
      'trainer',
      'notes',
    ]);
  });

  it('reads Polish headers, with or without their letters', () => {
    expect(
      guessColumns(['Nazwisko', 'Imię', 'Numer ewidencyjny', 'Dział', 'Zakład', 'Data rozpoczęcia', 'Uwagi']),
    ).toEqual(['lastName', 'firstName', 'employeeId', 'team', 'site', 'startDate', 'notes']);
    expect(guessColumns(['NAZWISKO', 'IMIE', 'NUMER', 'DZIAL', 'DATA ZATRUDNIENIA'])).toEqual([
      'lastName',
      'firstName',
      'employeeId',
      'team',
      'startDate',
    ]);
  });

  it('reads French and Spanish headers', () => {
    expect(guessColumns(['Nom', 'Prénom', 'Matricule', 'Service', 'Site', "Date d'entrée", 'Formateur'])).toEqual([
      'lastName',
      'firstName',
      'employeeId',
      'team',
      'site',
      'startDate',
      'trainer',
    ]);
    expect(
      guessColumns([
        'Apellido(s)',
        'Nombre',
        'Número de empleado',
        'Departamento',
        'Centro',
        'Fecha de alta',
        'Formador',
      ]),
    ).toEqual(['lastName', 'firstName', 'employeeId', 'team', 'site', 'startDate', 'trainer']);
  });

  it('takes "Name" beside a first-name column as the surname, and alone as the full name', () => {
    expect(guessColumns(['Name', 'Vorname'])).toEqual(['lastName', 'firstName']);
    expect(guessColumns(['Name', 'Badge'])).toEqual(['fullName', 'employeeId']);
  });

  it('ignores case, accents and spacing, and gives a field once', () => {
    expect(guessColumns(['  DATE  D’ENTRÉE ', 'date_d_entree'])).toEqual(['startDate', 'ignore']);
    expect(guessColumns(['Lfd. Nr.', 'Nachname', 'Vorname'])).toEqual(['ignore', 'lastName', 'firstName']);
  });
});
