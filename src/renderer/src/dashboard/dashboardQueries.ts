import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardFigure } from '../../../shared/overview/dashboard';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { DEFAULT_SORT } from '../../../shared/trainees/traineeListParams';
import { call } from '../api/client';
import { traineeKeys } from '../api/traineeQueries';

/**
 * Keys live under the trainees' key, so every change to a trainee, plan or check-off refetches the
 * dashboard too. Three or four parts, the third an object or 'choices': never a trainee's or a list page's key.
 */
const dashboardKeys = {
  figures: (filter: TraineeFilter) => [...traineeKeys.list, 'dashboard', filter] as const,
  drill: (filter: TraineeFilter, figure: DashboardFigure) =>
    [...traineeKeys.list, 'dashboard', filter, figure] as const,
  choices: [...traineeKeys.list, 'dashboard', 'choices'] as const,
};

export function useDashboard(filter: TraineeFilter) {
  return useQuery({
    queryKey: dashboardKeys.figures(filter),
    queryFn: () => call('overview:dashboard', { filter }),
    // A changed filter keeps the old figures in place until the new ones arrive, instead of a blank page.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useDrill(filter: TraineeFilter, figure: DashboardFigure) {
  return useQuery({
    queryKey: dashboardKeys.drill(filter, figure),
    queryFn: () => call('overview:drill', { filter, figure }),
    staleTime: 0,
  });
}

/** What the team, site and trainer menus offer, and how many trainees there are at all (for the empty state). */
export function useFilterChoices() {
  return useQuery({
    queryKey: dashboardKeys.choices,
    queryFn: async () => {
      // The menus offer what all trainees hold, whatever is chosen now; `all` counts every trainee.
      const page = await call('trainees:query', { filter: NO_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 0 });
      return { choices: page.choices, all: page.all };
    },
    staleTime: 0,
  });
}
