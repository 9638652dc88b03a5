// Electron fuses for packaged builds: flipped in the Electron binary itself, so no command-line flag or
// environment variable can turn them back on. Run on a packaged app's executable (e.g. from a packager's
// afterPack hook):  node scripts/packaging/fuses.mjs "dist/linux-unpacked/trainplan"
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const TRAINPLAN_FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would let a local process drive the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Cookies and local storage encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // The app's code is read only from its asar archive, whose integrity is checked (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const executable = process.argv[2];
  if (!executable) {
    console.error('Usage: node scripts/packaging/fuses.mjs <path to the packaged Electron executable>');
    process.exit(1);
  }
  await flipFuses(executable, TRAINPLAN_FUSES);
  console.log(`Fuses set on ${executable}`);
}
