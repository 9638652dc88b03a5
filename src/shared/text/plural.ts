/**
 * A count with its noun, singular or plural as English wants it: "1 trainee", "2 trainees", "0 plans".
 * Thousands are grouped ("1,200 trainees") so big counts read at a glance. `many` is for nouns whose
 * plural is not the singular plus "s".
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
