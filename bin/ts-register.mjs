// `node --import ./bin/ts-register.mjs file.ts`: registers bin/ts-loader.mjs (see there why).
import { register } from 'node:module'

register('./ts-loader.mjs', import.meta.url)
