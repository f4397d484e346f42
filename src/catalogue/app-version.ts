/** The app's version, shown on the handout and in exports; only this field of package.json is bundled. */
export { version as appVersion } from '../../package.json';
