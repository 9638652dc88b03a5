import type { FrameworkLibrary } from './frameworks/frameworkLibrary';
import type { Store } from './store/store';

/** What every domain service works with. `now` and `newId` are injectable so tests are repeatable. */
export interface ServiceContext {
  store: Store;
  frameworks: FrameworkLibrary;
  now: () => Date;
  newId: () => string;
}
