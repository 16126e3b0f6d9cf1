// The demo page: the language switch, and the form components that upgrade <wmebv-form>.
import '@wmebv/components';
import { setUpLanguageSwitch } from './language.js';

setUpLanguageSwitch();
