/**
 * The trainee page at one plan, and at one statement of it when given: the page scrolls there, opens the
 * statement's level and highlights it (see TraineePage).
 */
export function traineePlanPath(traineeId: string, planId: string | null, statementId: string | null = null): string {
  const params = new URLSearchParams();
  if (planId !== null) params.set('plan', planId);
  if (statementId !== null) params.set('statement', statementId);
  const query = params.toString();
  return `/trainees/${encodeURIComponent(traineeId)}${query === '' ? '' : `?${query}`}`;
}
