#!/usr/bin/env node
// `npx loyalty-ledger …`: the command line is TypeScript (local/cli.ts), run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../local/cli.ts');
