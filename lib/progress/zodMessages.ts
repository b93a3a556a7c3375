import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages; readers see these when an imported or stored file is damaged.
z.config(en());
