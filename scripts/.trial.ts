import path from 'node:path';
import { copyProject } from './bench/project-copy.ts';
import { measureBuild } from './bench/measure-build.ts';
import { generateCorpus } from './generate-corpus.ts';
const n = Number(process.argv[2] ?? 0);
const copy = copyProject('/work/main');
if (n) console.log(generateCorpus(path.join(copy.root, 'content'), n));
console.log(await measureBuild(copy.root, path.join(copy.root, 'dist'), { GIT_DIR: '/work/main/.git', GIT_WORK_TREE: copy.root }));
console.log(copy.root);
