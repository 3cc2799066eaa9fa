import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.trellisEmbeddedDatabase?.stop();
  if (globalThis.trellisScratchDir) rmSync(globalThis.trellisScratchDir, { recursive: true, force: true });
}
