import { readFile } from 'node:fs/promises';
import { cliActor } from '../src/audit/actor.ts';
import {
  importHeader,
  importProgramCsv,
  type ProgramImportKind,
} from '../src/modules/program/import.kinds.ts';
import { runCli } from './cli.ts';

const kinds: Record<string, ProgramImportKind> = {
  scheme: 'ASSESSMENT_SCHEME',
  actions: 'ACTION_REPORTS',
  grades: 'ASSESSMENT_GRADES',
};

const usage = `usage: npm run import:assessments -- scheme|actions|grades FILE.csv

  scheme   ${importHeader('ASSESSMENT_SCHEME')}
           the year's assessment indicators with weights; scale like "A=4;B=3;C=2;D=1",
           the same on every line of a year; optional name (Bahasa Indonesia), evidence
           (catalog codes of the item's action, "A1.HASIL_ANALISIS | A1.SK_LOKUS") and
           criteria ("A: what an A means | B: …"); left empty, what was recorded is kept
  actions  ${importHeader('ACTION_REPORTS')}
           status NOT_STARTED|IN_PROGRESS|DONE of the 8 actions; evidence separated by " | ",
           a reference tagged "A1.SK_LOKUS: file.pdf" supplies that required document
  grades   ${importHeader('ASSESSMENT_GRADES')}
           grades given; item and grade must be in that year's scheme (import it first)

All or nothing: every bad row is reported with its line number (exit status 2) and nothing is
written; replaying a file changes nothing.`;

await runCli(async ([which, file]) => {
  const kind = which ? kinds[which] : undefined;
  if (!kind || !file) {
    console.error(usage);
    process.exit(which === '--help' ? 0 : 64);
  }
  const report = await importProgramCsv(kind, await readFile(file, 'utf8'), cliActor());
  console.log(JSON.stringify({ file, kind, ...report }, null, 2));
});
