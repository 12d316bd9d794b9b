/** Lesson 5's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { KeysText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<KeysText> = {
  intro: [
    'Un par de claves son dos números que van juntos. La clave privada es un secreto: quien la conoce es dueño de las monedas. La clave pública se calcula a partir de ella y se puede enseñar a cualquiera; volver de la pública a la privada es prácticamente imposible.',
    'Con la clave privada firmas un mensaje. Con la clave pública cualquiera puede comprobar esa firma: solo es válida para exactamente este mensaje y esta clave. Cambia un solo carácter y la comprobación falla. Así demuestra un pago que viene del dueño de las monedas, sin revelar el secreto.',
    'Una dirección es un nombre corto para una clave pública: su HASH160 (SHA-256 y luego RIPEMD-160), un byte de versión delante y 4 bytes de suma de control al final, escrito en Base58. Una errata casi siempre rompe la suma de control, así que el monedero rechaza la dirección en lugar de enviar monedas al vacío.',
  ],
  steps: {
    'make-key': { task: 'Crea un par de claves.', hint: 'Pulsa «Crear un par de claves». Aquí sale de la semilla de la lección, así que toda la clase obtiene el mismo.' },
    sign: { task: 'Firma el mensaje con tu clave privada.', hint: 'Pulsa «Firmar». La firma ocupa 64 bytes: dos números, r y s.' },
    tamper: {
      task: 'Cambia un carácter del mensaje recibido: la firma ya no se verifica.',
      hint: 'Edita el campo «Mensaje recibido», por ejemplo cambia 5 por 6. Déjalo como estaba y la comprobación vuelve a pasar.',
    },
    typo: {
      task: 'Copia tu dirección en el comprobador y cambia un carácter: la suma de control detecta la errata.',
      hint: 'Pulsa «Copiar mi dirección en el campo» y sustituye una letra por otra (no 0, O, I ni l: esas no existen en Base58).',
    },
  },
  keyTitle: 'Tu par de claves',
  makeKey: 'Crear un par de claves',
  makeAnother: 'Crear otro par de claves',
  noKey: 'Todavía no hay ningún par de claves.',
  keyNumber: (i) => `Par de claves ${n(i)} de la semilla de esta lección.`,
  privateKey: 'Clave privada (¡secreta!)',
  privateWarning: 'Nunca enseñes una clave privada real a nadie: aquí se muestra solo porque estas claves son para aprender.',
  publicKey: 'Clave pública (comprimida, 33 bytes)',
  signTitle: 'Firmar y comprobar',
  message: 'Mensaje que firmar',
  sign: 'Firmar',
  signature: 'Firma (64 bytes)',
  received: 'Mensaje recibido',
  receivedHelp: 'Quien lo recibe comprueba la firma con el mensaje que le llegó y tu clave pública.',
  verifyOk: '✓ La firma es válida para este mensaje y esta clave pública.',
  verifyBad: '✗ La firma no coincide: el mensaje (o la clave) no es el que se firmó.',
  notSigned: 'Firma un mensaje para comprobarlo.',
  addressTitle: 'Una dirección a partir de la clave pública',
  pipeline: [
    { label: 'HASH160 de la clave pública (SHA-256 y luego RIPEMD-160: 20 bytes)', key: 'hash160' },
    { label: 'Byte de versión (00 para direcciones de Bitcoin)', key: 'version' },
    { label: 'Suma de control: los 4 primeros bytes de SHA-256d(versión + HASH160)', key: 'checksum' },
    { label: 'Dirección: Base58 de versión + HASH160 + suma de control', key: 'address' },
  ],
  checker: 'Comprobar una dirección',
  checkerHelp: 'Pega o escribe una dirección; la página la decodifica como lo haría un monedero.',
  copyAddress: 'Copiar mi dirección en el campo',
  addressOk: '✓ Una dirección válida: la suma de control coincide.',
  addressBad: (code, message) => `✗ Rechazada (${code}): ${message}`,
};
