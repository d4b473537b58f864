/** Writes public/_headers and deploy/nginx-security-headers.conf from the one policy in src/features/security/csp.ts. */
import { writeFileSync } from 'node:fs';
import { nginxHeaders, staticHostHeaders } from '../../src/features/security/csp.ts';
import { answerHelp } from '../command-line.ts';

answerHelp(`用法：npm run gen:headers
按 src/features/security/csp.ts 中的安全策略重写 public/_headers 和 deploy/nginx-security-headers.conf。`);

writeFileSync('public/_headers', staticHostHeaders());
writeFileSync('deploy/nginx-security-headers.conf', nginxHeaders());
console.log('已写入 public/_headers 和 deploy/nginx-security-headers.conf');
