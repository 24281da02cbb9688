/** The URL rule table (tests/shared/urlRules.ts) against nginx; tests/e2e runs it against scripts/serve.mjs. */
import {defineUrlRuleTests} from '../shared/urlRuleTests';

defineUrlRuleTests();
