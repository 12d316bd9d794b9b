/** Lesson 5's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A key pair is two numbers that belong together. The private key is a secret: whoever knows it owns the coins. The public key is computed from it and can be shown to anyone; going back from public to private is practically impossible.',
    'With the private key you sign a message. With the public key anyone can check that signature: it is valid only for exactly this message and this key. Change a single character and the check fails. That is how a payment proves it comes from the owner of the coins, without revealing the secret.',
    'An address is a short name for a public key: its HASH160 (SHA-256, then RIPEMD-160), a version byte in front, and 4 bytes of checksum at the end, written in Base58. A typo almost always breaks the checksum, so a wallet refuses the address instead of sending coins into the void.',
  ],
  steps: {
    'make-key': { task: 'Make a key pair.', hint: 'Press “Make a key pair”. Here it comes from the lesson’s seed, so everyone in the class gets the same one.' },
    sign: { task: 'Sign the message with your private key.', hint: 'Press “Sign”. The signature is 64 bytes: two numbers, r and s.' },
    tamper: {
      task: 'Change one character of the message as received: the signature no longer checks out.',
      hint: 'Edit the box “Message as received”, for example 5 into 6. Put it back and the check passes again.',
    },
    typo: {
      task: 'Copy your address into the checker and change one character: the checksum catches the typo.',
      hint: 'Press “Copy my address into the box”, then replace one letter by another (not 0, O, I or l: those are not in Base58 at all).',
    },
  },
  keyTitle: 'Your key pair',
  makeKey: 'Make a key pair',
  makeAnother: 'Make another key pair',
  noKey: 'No key pair yet.',
  keyNumber: (n: number) => `Key pair ${n} of this lesson’s seed.`,
  privateKey: 'Private key (secret!)',
  privateWarning: 'Never show a real private key to anyone: it is shown here only because these keys are for learning.',
  publicKey: 'Public key (compressed, 33 bytes)',
  signTitle: 'Sign and check',
  message: 'Message to sign',
  sign: 'Sign',
  signature: 'Signature (64 bytes)',
  received: 'Message as received',
  receivedHelp: 'Someone checks the signature against the message they received, with your public key.',
  verifyOk: '✓ The signature is valid for this message and this public key.',
  verifyBad: '✗ The signature does not match: the message (or the key) is not the one that was signed.',
  notSigned: 'Sign a message to check it.',
  addressTitle: 'An address from the public key',
  pipeline: [
    { label: 'HASH160 of the public key (SHA-256, then RIPEMD-160: 20 bytes)', key: 'hash160' },
    { label: 'Version byte (00 for Bitcoin addresses)', key: 'version' },
    { label: 'Checksum: first 4 bytes of SHA-256d(version + HASH160)', key: 'checksum' },
    { label: 'Address: Base58 of version + HASH160 + checksum', key: 'address' },
  ] as const,
  checker: 'Check an address',
  checkerHelp: 'Paste or type an address; the page decodes it like a wallet would.',
  copyAddress: 'Copy my address into the box',
  addressOk: '✓ A valid address: the checksum matches.',
  addressBad: (code: string, message: string) => `✗ Refused (${code}): ${message}`,
} satisfies LessonText & Record<string, unknown>;

export type KeysText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
