/**
 * The message catalogues: English is the source (bundled with the page, and
 * the fallback), the others are each their own chunk, loaded when picked. A
 * catalogue is a flat object of texts and of functions for texts with values
 * in them; every other language must have exactly English's keys and
 * parameters (the type below, and `npm run check`'s message check).
 */
import { en } from './messages/en';
import type { Language } from './locales';

/** A catalogue: English's keys, each a text or a function with English's parameters. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

export type MessageKey = keyof Messages;

/** One dynamic import per language, so that a visit downloads only the one it shows. */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  es: () => import('./messages/es').then((m) => m.es),
  'zh-CN': () => import('./messages/zh-CN').then((m) => m.zhCN),
  de: () => import('./messages/de').then((m) => m.de),
};

export function loadMessages(language: Language): Promise<Messages> {
  return language === 'en' ? Promise.resolve(en) : loaders[language]();
}

export { en as sourceMessages };
