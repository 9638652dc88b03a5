/**
 * The reports' titles, on their own so code outside the report worker (exports naming their files) can
 * use them without importing the report builders, which bring pdf-lib and fontkit (0.4 s and 20 MB) into
 * every start of Trainplan.
 */
export const TRAINEE_REPORT_TITLE = 'Training progress report';
export const COHORT_REPORT_TITLE = 'Cohort progression report';
export const DASHBOARD_REPORT_TITLE = 'Training dashboard';
export const MATRIX_REPORT_TITLE = 'Skills matrix';
