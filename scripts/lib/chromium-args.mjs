// @ts-check
/**
 * The flags every headless Chromium here starts with (docs in /work/shared/TOOLCHAIN.md and
 * docs/contributing.md): as root it needs `--no-sandbox`; without the networking flags Chromium
 * keeps trying the closed network; `/dev/shm` is small in containers. Runners add their own
 * (headless mode, no background throttling, DNS rules) after these.
 * @type {readonly string[]}
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
