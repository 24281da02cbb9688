/** The URL rule table (tests/shared/urlRules.ts) against scripts/serve.mjs; tests/nginx runs it against nginx. */
import {defineUrlRuleTests} from '../shared/urlRuleTests';

defineUrlRuleTests();
