/** The app's version as written into backup files (from package.json at build time). */
import packageJson from '../../../package.json';

export const APP_NAME = 'shore';
export const APP_VERSION: string = packageJson.version;
