import type { Settings } from '../../shared/settings/settings';
import type { Store } from '../store/store';

export function createSettingsService(store: Store) {
  return {
    get: (): Settings => ({ ...store.read().settings }),
    update: (settings: Settings): Promise<Settings> =>
      store.update((data) => {
        data.settings = { ...settings };
        return { ...settings };
      }),
  };
}
