/** The bundled framework most end-to-end tests assign: its title as the app shows it, and its Emerging topics in order. */
export const PLANT_TITLE = 'Plant and System Operators, All Other';

export const EMERGING_TOPICS = [
  'Safety and sanitation regulations',
  'Attendance and hours records',
  'Materials and equipment',
  'Work orders and production schedules',
  'Control panels and gauges',
  'Basic hand tools and test instruments',
  'Near-vision inspection tasks',
  'Active listening skills',
  'Spreadsheet software',
  'Plant safety hazards',
];
