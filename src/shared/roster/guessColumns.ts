import { foldForSearch } from '../text/searchFold';
import type { ColumnTarget } from './rosterImport';

type Field = Exclude<ColumnTarget, 'ignore'>;

/**
 * Header words per field in English, German, Polish, French and Spanish, as HR systems of those countries
 * write them. Compared folded: without case, accents (ł as l, ß as ss) or anything but letters and digits,
 * so "Date d'entrée", "DATA ROZPOCZĘCIA" and "Personal-Nr." match.
 */
const HEADER_WORDS: Record<Field, string[]> = {
  fullName: [
    // English
    'name',
    'fullname',
    'employeename',
    'staffname',
    'apprentice',
    'apprenticename',
    'trainee',
    'traineename',
    'person',
    // German
    'vollstandigername',
    'mitarbeiter',
    'mitarbeitername',
    'auszubildende',
    'auszubildender',
    'azubi',
    // Polish
    'imieinazwisko',
    'nazwiskoiimie',
    'pracownik',
    'uczen',
    'praktykant',
    // French
    'nomcomplet',
    'nometprenom',
    'prenometnom',
    'nomprenom',
    'salarie',
    'apprenti',
    // Spanish
    'nombrecompleto',
    'nombreyapellidos',
    'apellidosynombre',
    'empleado',
    'aprendiz',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'first', 'vorname', 'rufname', 'imie', 'prenom', 'nombre'],
  lastName: [
    'lastname',
    'surname',
    'familyname',
    'last',
    'nachname',
    'familienname',
    'zuname',
    'nazwisko',
    'nom',
    'nomdefamille',
    'apellido',
    'apellidos',
  ],
  employeeId: [
    'employeeid',
    'employeeno',
    'employeenumber',
    'employeenr',
    'badge',
    'badgeid',
    'badgeno',
    'badgenumber',
    'staffnumber',
    'staffno',
    'staffid',
    'payrollnumber',
    'id',
    'personalnummer',
    'personalnr',
    'persnr',
    'mitarbeiternummer',
    'mitarbeiternr',
    'ausweisnummer',
    'numer',
    'numerewidencyjny',
    'nrewidencyjny',
    'numerpracownika',
    'nrpracownika',
    'identyfikator',
    'matricule',
    'numerodemploye',
    'numerodesalarie',
    'numerodebadge',
    'numerodeempleado',
    'numeroempleado',
    'numerodeficha',
    'legajo',
  ],
  team: [
    'team',
    'department',
    'dept',
    'line',
    'shift',
    'teamordepartment',
    'group',
    'abteilung',
    'gruppe',
    'bereich',
    'dzial',
    'wydzial',
    'zespol',
    'service',
    'departement',
    'equipe',
    'departamento',
    'equipo',
    'seccion',
  ],
  site: [
    'site',
    'location',
    'plant',
    'factory',
    'standort',
    'werk',
    'niederlassung',
    'zaklad',
    'lokalizacja',
    'usine',
    'etablissement',
    'centro',
    'centrodetrabajo',
    'planta',
    'sede',
  ],
  trainer: [
    'trainer',
    'mentor',
    'supervisor',
    'coach',
    'manager',
    'ausbilder',
    'ausbilderin',
    'betreuer',
    'pate',
    'opiekun',
    'instruktor',
    'szkoleniowiec',
    'formateur',
    'formatrice',
    'tuteur',
    'tutrice',
    'formador',
    'formadora',
    'tutor',
    'instructor',
  ],
  startDate: [
    'startdate',
    'start',
    'hiredate',
    'joined',
    'datejoined',
    'joindate',
    'started',
    'dateofhire',
    'eintritt',
    'eintrittsdatum',
    'beginn',
    'ausbildungsbeginn',
    'startdatum',
    'datarozpoczecia',
    'datazatrudnienia',
    'datarozpoczeciapracy',
    'dateentree',
    'datedentree',
    'datedembauche',
    'datededebut',
    'fechadealta',
    'fechaalta',
    'fechadeinicio',
    'fechainicio',
    'fechadeingreso',
  ],
  notes: [
    'notes',
    'note',
    'comments',
    'comment',
    'remarks',
    'bemerkung',
    'bemerkungen',
    'anmerkungen',
    'notiz',
    'kommentar',
    'uwagi',
    'komentarz',
    'remarque',
    'remarques',
    'commentaire',
    'commentaires',
    'observaciones',
    'notas',
    'comentarios',
  ],
};

/** Words that name the surname when a first-name column stands beside them ("Name; Vorname", "Nom; Prénom"). */
const SURNAME_BESIDE_FIRST = new Set(['name']);

const WORD_TO_FIELD = new Map<string, Field>(
  Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((w) => [w, field as Field] as const)),
);

/** A header as compared: folded, letters and digits only. Headers that differ only in these are one header. */
export function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One target per header; a field taken by an earlier column is not given twice. */
export function guessColumns(headers: readonly string[]): ColumnTarget[] {
  const keys = headers.map(headerKey);
  const hasFirstName = keys.some((k) => WORD_TO_FIELD.get(k) === 'firstName');
  const taken = new Set<ColumnTarget>();
  return keys.map((key) => {
    const word = WORD_TO_FIELD.get(key);
    const field = word === 'fullName' && hasFirstName && SURNAME_BESIDE_FIRST.has(key) ? 'lastName' : word;
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** A row that names people: a name column, or first and last name columns. */
export function namesPeople(targets: readonly ColumnTarget[]): boolean {
  return targets.includes('fullName') || (targets.includes('firstName') && targets.includes('lastName'));
}
