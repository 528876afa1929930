/**
 * `npm run lix`: the plain-language report. LIX per page, the mean per
 * collection, the longest sentences and long words the glossary lacks.
 * `npm run lix -- uppfoljning` shows only matching pages and their longest sentences.
 */
import { readContent } from '../src/lib/content-source/source.ts';
import { formatReadability, readabilityReport } from '../src/lib/readability-report.ts';

const only = process.argv[2];
process.stdout.write(formatReadability(readabilityReport(readContent(process.cwd())), only));
