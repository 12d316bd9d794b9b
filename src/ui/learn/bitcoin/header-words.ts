/** A bundled real header's name and note in the page's language (the header data carries English ones). */
import { text } from './text';

interface Named {
  readonly id: string;
  readonly name: string;
  readonly note: string;
}

function wordsOf(h: Named): { readonly name: string; readonly note: string } | undefined {
  return (text.headers as Readonly<Record<string, { readonly name: string; readonly note: string } | undefined>>)[h.id];
}

export const headerName = (h: Named): string => wordsOf(h)?.name ?? h.name;
export const headerNote = (h: Named): string => wordsOf(h)?.note ?? h.note;
