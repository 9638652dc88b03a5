// Installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg): `npm run dist`.
// A module rather than YAML so that the fuses come from scripts/packaging/fuses.mjs, the one list of them.
import { FuseV1Options } from '@electron/fuses';
import { TRAINPLAN_FUSES } from './scripts/packaging/fuses.mjs';

/**
 * Placeholders until the project has a public home: a deb refuses to build without a homepage and a
 * maintainer address, and both are shown to whoever installs it. Set the real ones before a release.
 */
const PUBLISHER = {
  name: 'Trainplan',
  email: 'trainplan@example.org',
  homepage: 'https://example.org/trainplan',
};

/** electron-builder's names for the fuses, each read from TRAINPLAN_FUSES. */
const electronFuses = {
  runAsNode: TRAINPLAN_FUSES[FuseV1Options.RunAsNode],
  enableNodeOptionsEnvironmentVariable: TRAINPLAN_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
  enableNodeCliInspectArguments: TRAINPLAN_FUSES[FuseV1Options.EnableNodeCliInspectArguments],
  enableCookieEncryption: TRAINPLAN_FUSES[FuseV1Options.EnableCookieEncryption],
  enableEmbeddedAsarIntegrityValidation: TRAINPLAN_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
  onlyLoadAppFromAsar: TRAINPLAN_FUSES[FuseV1Options.OnlyLoadAppFromAsar],
  // grantFileProtocolExtraPrivileges stays as Electron ships it: the window loads the renderer from file://.
  // Flipping fuses breaks the binary's signature; on a Mac without a Developer ID electron-builder signs
  // nothing afterwards, and Apple Silicon refuses to start an unsigned binary, so sign it ad hoc again.
  resetAdHocDarwinSignature: true,
};

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.trainplan.app',
  productName: 'Trainplan',
  executableName: 'trainplan',
  copyright: `Copyright © ${PUBLISHER.name}`,
  extraMetadata: { homepage: PUBLISHER.homepage },
  directories: { output: 'dist', buildResources: 'build' },

  // The asar holds the built code and package.json; electron-builder adds the production dependencies
  // (pdfmake, lowdb, zod… which the bundle keeps external) and never the devDependencies. Their source maps
  // and TypeScript sources are a third of the archive and never run.
  asar: true,
  files: ['out/**/*', 'package.json', '!**/node_modules/**/*.map', '!**/node_modules/**/*.{ts,mts,cts}'],
  // Data files live beside app.asar (process.resourcesPath), where src/main/appPaths.ts looks for them.
  extraResources: [
    { from: 'seeds', to: 'seeds', filter: ['*.json'] },
    { from: 'node_modules/pdfmake/fonts', to: 'fonts', filter: ['Roboto.js', 'Roboto/*.ttf'] },
  ],
  // Pure JavaScript dependencies: nothing to rebuild, and no Node headers to download.
  npmRebuild: false,
  // Flipped on the packaged binary just before signing.
  electronFuses,

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    maintainer: `${PUBLISHER.name} <${PUBLISHER.email}>`,
    vendor: PUBLISHER.name,
    synopsis: 'Training plans for shop-floor trainers and their apprentices',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.education',
  },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
};

export default config;
