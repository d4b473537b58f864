/** Writes public/_headers and deploy/nginx-security-headers.conf from the one policy in src/lib/security/csp.ts. */
import { writeFileSync } from 'node:fs';
import { nginxHeaders, staticHostHeaders } from '../src/lib/security/csp.ts';

writeFileSync('public/_headers', staticHostHeaders());
writeFileSync('deploy/nginx-security-headers.conf', nginxHeaders());
console.log('已写入 public/_headers 和 deploy/nginx-security-headers.conf');
