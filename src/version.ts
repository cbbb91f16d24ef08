/** factlint's version (a module of its own: `--version` must not load the NLP model). */
export const VERSION = '0.1.0';
