/**
 * @deprecated The generator lives in src/random/mulberry32.ts. This re-export only keeps the demo
 * seed (prisma/seed*.ts, moving to src/demo/ in another branch) building; delete it once the seed
 * imports src/random/mulberry32.ts.
 */
export { mulberry32 } from '../random/mulberry32.ts';
