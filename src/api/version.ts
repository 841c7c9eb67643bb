/** easyread's version, from its package.json. */
export {packageVersion as version} from '../util/package-root.js'
