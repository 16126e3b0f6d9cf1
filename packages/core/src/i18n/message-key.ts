import type { Resources } from './resources.js';

/** The dotted paths to the strings of a resource object: `{ a: { b: '' } }` → `'a.b'`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** i18next's plural suffixes: a key is asked for without them (`t('x', { count })` finds `x_one`). */
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/**
 * Every message key of the library's resources, typed from the Dutch resource (the source of truth):
 * a key that does not exist there fails the type check, in core, components, server and CLI alike.
 * The field types' own messages (`validation.kenteken` ...) are typed by their modules instead
 * (`ValidationMessageKey`).
 */
export type MessageKey = WithoutPlural<Leaves<Resources>>;

/** The keys under one namespace (`validation`, `findings`, ...), without the namespace. */
export type MessageKeyIn<Namespace extends keyof Resources & string> = Leaves<Resources[Namespace]>;
