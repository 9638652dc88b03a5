import type { Settings } from '../../shared/settings/settings';
import type { Store } from '../store/store';

export function createSettingsService(store: Store) {
  return {
    get: (): Settings => ({ ...store.settings() }),
    update: (settings: Settings): Promise<Settings> =>
      store.update((tx) => {
        tx.setSettings({ ...settings });
        return { ...settings };
      }),
  };
}
