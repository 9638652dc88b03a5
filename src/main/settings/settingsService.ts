import type { Settings, SettingsUpdate } from '../../shared/settings/settings';
import type { Store } from '../store/store';

export function createSettingsService(store: Store) {
  return {
    get: (): Settings => ({ ...store.settings() }),
    update: (input: SettingsUpdate): Promise<Settings> =>
      store.update((tx) => {
        const settings: Settings = {
          ...input,
          trainerNameAsked: input.trainerNameAsked ?? tx.settings().trainerNameAsked,
          startPage: input.startPage ?? tx.settings().startPage,
          rosterMappings: input.rosterMappings ?? tx.settings().rosterMappings,
        };
        tx.setSettings(settings);
        return { ...settings };
      }),
  };
}
