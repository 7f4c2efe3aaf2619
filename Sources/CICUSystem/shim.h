// Intentionally empty: this module only carries ICU's compiler and linker flags (pkg-config
// icu-i18n). ICU's own headers are included by the C files of the CICU target alone, because
// Foundation on Linux ships a private copy of ICU's headers and the two must never meet in one
// Swift module.
