import { randomUUID } from 'node:crypto';
import type { AppInfo, Handlers, SaveHandlers } from '../shared/api/contract';
import { ApiError } from '../shared/api/errors';
import type { Framework } from '../shared/framework/framework';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createExportService } from './exports/exportService';
import { createCheckoffService } from './checkoffs/checkoffService';
import { loadBundledFrameworks } from './frameworks/bundledFrameworks';
import { createHistoryQuery } from './history/historyQuery';
import { createFrameworkLibrary, type FrameworkLibrary } from './frameworks/frameworkLibrary';
import { createFrameworkSources } from './frameworks/sources/frameworkSourceService';
import { createFrameworkEditor } from './frameworks/editor/frameworkEditorService';
import { createOverviewService } from './overview/overviewService';
import { createPlanService } from './plans/planService';
import { createReportService } from './reports/reportService';
import { createRosterService } from './roster/rosterService';
import type { ServiceContext } from './serviceContext';
import { createGroupSignoffService } from './signoff/groupSignoffService';
import { createSettingsService } from './settings/settingsService';
import { createBackupService } from './store/backupService';
import type { BackupOptions } from './store/backups';
import { createDataTransfer } from './store/dataTransfer';
import { acquireDataLock, cannotWriteReason, type DataLock, type LockOptions } from './store/dataLock';
import { readOnlyWords, type ReadOnlyReason } from './store/readOnly';
import type { WriteFs } from './store/durableWrite';
import type { StatementTextOf } from './store/legacy/fromV2';
import { openStore, type Store } from './store/store';
import { createBulkChangeService } from './trainees/bulkChangeService';
import { createTraineeService } from './trainees/traineeService';
import { createTraineeListing } from './trainees/traineeListing';
import { createTraineeViews } from './trainees/traineeViewBuilder';
// Moving plans to a new framework version
import { createMoveService } from './versions/moveService';

export interface TrainplanOptions {
  dataDir: string;
  seedsDir: string;
  mode: AppInfo['mode'];
  version: string;
  fs?: WriteFs;
  now?: () => Date;
  newId?: () => string;
  lock?: LockOptions;
  /** A lock already taken (the app session holds it from start-up on, recovery screen included). */
  heldLock?: DataLock;
  checkpointBytes?: number;
  freeBytes?: BackupOptions['freeBytes'];
  /** The desktop shell's save dialogs. Without them (the browser mode) the save calls say so, and the page downloads. */
  saveDialogs?: SaveHandlers;
}

export interface Trainplan {
  store: Store;
  frameworks: FrameworkLibrary;
  handlers: Handlers;
  dispatch: Dispatch;
  /** Waits for a backup being made in the background. */
  backupsSettled(): Promise<unknown>;
  /** Finishes queued changes and backups, then lets go of the data folder. */
  close(): Promise<void>;
}

function nothingToRecover(): ApiError {
  return new ApiError('conflict', 'There is nothing to recover: your records opened normally.');
}

/** Why this app may not write, or null when it holds the data folder. */
export function readOnlyReason(lock: DataLock): ReadOnlyReason | null {
  return lock.mode === 'write' ? null : lock.reason;
}

/** The same in the words the read-only banner shows. */
export function readOnlyWordsOf(lock: DataLock): string | null {
  return lock.mode === 'write' ? null : readOnlyWords(lock.reason);
}

function noSaveDialogs(): Promise<never> {
  return Promise.reject(
    new ApiError(
      'unsupported',
      'Only the desktop app saves through a dialog; in the browser Trainplan downloads the file.',
    ),
  );
}

const withoutSaveDialogs: SaveHandlers = {
  'files:save-pdf': noSaveDialogs,
  'files:save-pdfs': noSaveDialogs,
  'files:save-data': noSaveDialogs,
  'files:save-export': noSaveDialogs,
};

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

export function statementTextsOf(frameworks: readonly Framework[]): StatementTextOf {
  const texts = new Map<string, string>();
  for (const framework of frameworks) {
    for (const level of framework.levels) {
      for (const statement of level.statements) texts.set(`${framework.id} ${statement.id}`, statement.text);
    }
  }
  return (frameworkId, statementId) => texts.get(`${frameworkId} ${statementId}`);
}

/** Opens the data folder and wires every service behind the API contract. Knows nothing of Electron or HTTP. */
export async function openTrainplan(options: TrainplanOptions): Promise<Trainplan> {
  const lock = options.heldLock ?? (await acquireDataLock(options.dataDir, options.lock));
  const bundled = await loadBundledFrameworks(options.seedsDir);
  const statementTextOf = statementTextsOf(bundled);
  let readOnlyBecause = readOnlyReason(lock);
  const open = () =>
    openStore({
      dataDir: options.dataDir,
      readOnlyBecause,
      statementTextOf,
      ...(options.fs ? { fs: options.fs } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.checkpointBytes ? { checkpointBytes: options.checkpointBytes } : {}),
    });
  let store: Store;
  try {
    store = await open();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (readOnlyBecause !== null || !DISK_FULL.has(code)) {
      if (!options.heldLock) await lock.release();
      throw error;
    }
    // Nothing can be written (a full or read-only disk): show the records instead of failing to start.
    readOnlyBecause = cannotWriteReason(code);
    store = await open();
  }
  const now = options.now ?? (() => new Date());
  const frameworks = createFrameworkLibrary({ store, bundled, now });
  const ctx: ServiceContext = { store, frameworks, now, newId: options.newId ?? randomUUID };
  const settings = createSettingsService(store);
  const trainees = createTraineeService(ctx);
  const views = createTraineeViews(store, frameworks, now);
  const listing = createTraineeListing(store, views, now);
  void listing.warm();
  const plans = createPlanService(ctx);
  const bulk = createBulkChangeService(ctx);
  const history = createHistoryQuery(store);
  const checkoffs = createCheckoffService(ctx);
  const signoff = createGroupSignoffService(ctx);
  const reports = createReportService({ store, frameworks, views, now });
  const overview = createOverviewService({ store, frameworks, views, now });
  const exporter = createExportService({ store, frameworks, views, overview, now, make: (job) => reports.run(job) });
  const backups = createBackupService(store, {
    now,
    statementTextOf,
    ...(options.freeBytes ? { freeBytes: options.freeBytes } : {}),
  });
  const transfer = createDataTransfer(store, backups, now, statementTextOf, bundled);
  const roster = createRosterService(ctx, backups, (job, run) => reports.run(job, run));
  // Moving plans to a new framework version
  const moves = createMoveService(ctx);

  const handlers: Handlers = {
    'app:info': () =>
      Promise.resolve({
        version: options.version,
        dataFolder: options.dataDir,
        mode: options.mode,
        readOnlyBecause: store.readOnlyBecause,
        recovery: null,
        setAside: [...store.setAside],
      }),
    'frameworks:list': () => Promise.resolve(frameworks.list()),
    'frameworks:get': ({ id }) => Promise.resolve(frameworks.get(id)),
    'frameworks:import': (input) => frameworks.import(input),
    'frameworks:remove': ({ id }) => frameworks.remove(id),
    'frameworks:usage': ({ id }) => Promise.resolve(frameworks.usage(id)),
    // Framework import from other formats
    ...createFrameworkSources(frameworks, now),
    // Own frameworks: editor and export
    ...createFrameworkEditor(frameworks, now),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (input) => settings.update(input),
    'trainees:list': () => Promise.resolve(views.rows()),
    'trainees:query': (query) => Promise.resolve(listing.query(query)),
    'trainees:get': ({ id }) => views.detail(id),
    'trainees:create': (fields) => trainees.create(fields),
    'trainees:update': ({ id, ...fields }) => trainees.update(id, fields),
    'trainees:set-archived': ({ id, archived }) => trainees.setArchived(id, archived),
    'trainees:matching-ids': ({ filter }) => Promise.resolve(listing.matchingIds(filter)),
    'trainees:bulk-change': (input) => bulk.apply(input),
    'trainees:bulk-undo': (input) => bulk.undo(input),
    'trainees:delete': ({ id, confirmName }) => trainees.remove(id, confirmName),
    'history:query': (query) => history.page(query),
    'plans:assign': (input) => plans.assign(input),
    'plans:update': (input) => plans.update(input),
    'plans:remove': ({ planId }) => plans.remove(planId),
    'checkoffs:set': (input) => checkoffs.set(input),
    'checkoffs:set-many': (input) => signoff.setMany(input),
    'checkoffs:sign-off-group': (input) => signoff.signOffGroup(input),
    'signoff:candidates': (input) => signoff.candidates(input),
    'overview:framework-matrix': (input) => Promise.resolve(overview.frameworkMatrix(input)),
    'overview:matrix': ({ filter, sort }) => Promise.resolve(overview.matrix(filter, sort)),
    'overview:cell': ({ traineeId, planId, statementId }) => overview.cell(traineeId, planId, statementId),
    'overview:dashboard': ({ filter }) => Promise.resolve(overview.dashboard(filter)),
    'overview:drill': ({ filter, figure }) => Promise.resolve(overview.drill(filter, figure)),
    'exports:matrix': (input) => exporter.matrix(input),
    'exports:trainees': (input) => exporter.trainees(input),
    'reports:dashboard-pdf': (input) => exporter.dashboardPdf(input),
    'reports:trainee-pdf': (input) => reports.traineePdf(input),
    'reports:cohort-pdf': (input) => reports.cohortPdf(input),
    'reports:combine': (input) => reports.combine(input),
    'reports:cancel': () => Promise.resolve({ cancelled: reports.cancel() }),
    'reports:progress': () => Promise.resolve(reports.progress()),
    'backups:list': () => backups.list(),
    'backups:warning': async () => {
      await backups.settle();
      return { warning: backups.warning() };
    },
    'backups:create': () => backups.create(),
    'backups:restore': ({ fileName }) => backups.restore(fileName),
    'backups:delete': ({ fileName }) => backups.remove(fileName),
    'data:export': () => transfer.export(),
    'data:check-import': ({ fileName, text }) => transfer.check(fileName, text),
    'data:import': ({ fileName, text }) => transfer.import(fileName, text),
    // Roster import
    'roster:preview': (input) => roster.preview(input),
    'roster:import': (input) => roster.import(input),
    'roster:progress': () => Promise.resolve(roster.progress()),
    'roster:cancel': () => Promise.resolve({ cancelled: roster.cancel() }),
    // Moving plans to a new framework version
    'plans:move-preview': (input) => moves.preview(input),
    'plans:move': (input) => moves.move(input),
    'plans:older-versions': ({ id }) => Promise.resolve(moves.olderPlans(id)),
    'recovery:restore': () => Promise.reject(nothingToRecover()),
    'recovery:start-empty': () => Promise.reject(nothingToRecover()),
    'recovery:quit': () => Promise.reject(nothingToRecover()),
    ...(options.saveDialogs ?? withoutSaveDialogs),
  };
  return {
    store,
    frameworks,
    handlers,
    dispatch: createDispatch(handlers),
    backupsSettled: () => backups.settle(),
    close: async () => {
      // In this order: the report worker stops (a thread left running would keep the process alive),
      // queued changes reach the disk, a backup being written finishes, then the lock goes.
      await reports.close();
      await store.close();
      await backups.settle();
      await lock.release();
    },
  };
}
