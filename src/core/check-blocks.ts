/**
 * Core's default -checkblocks: how many of a chain's last blocks a start from
 * stored state checks (verify-recent.ts). Apart from that check's code, which
 * only such a start loads: the app names the depth on every visit.
 */
export const DEFAULT_CHECK_BLOCKS = 6;
