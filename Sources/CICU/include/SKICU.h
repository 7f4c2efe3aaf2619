// SKICU: unversioned, Swift-importable wrappers around the system ICU C API.
//
// ICU renames every C function with a version suffix (ubrk_open is ubrk_open_72), which Swift
// cannot import by the documented name; these wrappers are compiled against whichever ICU the
// system ships. The header declares no ICU type: handles are opaque, status codes are int32_t
// with ICU's meaning (> 0 failure, <= 0 success or warning), text is UTF-16 code units as
// uint16_t or UTF-8 bytes as uint8_t.
#ifndef SKICU_H
#define SKICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Word break iteration

typedef struct SKBreakIterator SKBreakIterator;

/// Opens a word break iterator for `locale` (e.g. "zh"). NULL on failure, *status set.
SKBreakIterator *_Nullable sk_brk_open_word(const char *_Nonnull locale, int32_t *_Nonnull status);
/// Clones an iterator (thread-safe on the source). NULL on failure.
SKBreakIterator *_Nullable sk_brk_clone(const SKBreakIterator *_Nonnull proto, int32_t *_Nonnull status);
void sk_brk_close(SKBreakIterator *_Nullable it);
/// Points the iterator at `text` (not copied: it must outlive the iteration).
void sk_brk_set_utf16(SKBreakIterator *_Nonnull it, const uint16_t *_Nullable text, int32_t length,
                      int32_t *_Nonnull status);
/// Fills up to `capacity` following boundaries (UTF-16 offsets) and the rule status of the
/// segment that ends at each. Returns how many were written; 0 when the text is exhausted.
int32_t sk_brk_next_batch(SKBreakIterator *_Nonnull it, int32_t *_Nonnull ends,
                          int32_t *_Nonnull statuses, int32_t capacity);

/// The benchmark baseline: converts UTF-8 to UTF-16 once (u_strFromUTF8), steps ubrk_next over
/// it and collects [start, end) ranges of word-like segments (rule status >= 100) into a
/// growable array, like the peers' c-u16-ranges program. Returns the number of word segments,
/// or -1 on failure.
int64_t sk_bare_word_ranges_utf8(const SKBreakIterator *_Nonnull proto, const uint8_t *_Nonnull utf8,
                                 int32_t length);

// MARK: - Conversion and charset detection

/// Converts valid UTF-8 to UTF-16 (u_strFromUTF8). `capacity` must be at least `length + 1`.
/// Returns the number of units written, or -1 on failure.
int64_t sk_utf8_to_utf16(const uint8_t *_Nullable utf8, int32_t length, uint16_t *_Nonnull dest,
                         int32_t capacity, int32_t *_Nonnull status);

/// Converts `length` bytes in charset `name` to UTF-16 with a stop-on-error callback.
/// `capacity` must be at least `length + 2`. Returns the number of UTF-16 units written, or -1
/// with *status set; on an illegal or unmappable sequence *badOffset is the byte offset of its
/// first byte.
int64_t sk_convert_to_utf16(const char *_Nonnull name, const uint8_t *_Nullable src, int64_t length,
                            uint16_t *_Nonnull dest, int64_t capacity, int64_t *_Nonnull badOffset,
                            int32_t *_Nonnull status);

/// Detects the charset of `length` bytes with ucsdet. Writes the best match's canonical name
/// (NUL-terminated, truncated to `nameCapacity`) and its confidence 0...100. Returns 1 when a
/// match was found, 0 when none, -1 on failure.
int32_t sk_detect_charset(const uint8_t *_Nonnull src, int32_t length, char *_Nonnull name,
                          int32_t nameCapacity, int32_t *_Nonnull confidence, int32_t *_Nonnull status);

/// 1 when ICU knows a converter by that name (or alias), else 0.
int32_t sk_converter_exists(const char *_Nonnull name);

// MARK: - Normalisation and transliteration

/// Length of the prefix of `text` that is already NFKC (quick check "yes").
int32_t sk_nfkc_span(const uint16_t *_Nonnull text, int32_t length, int32_t *_Nonnull status);
/// 1 when a normalisation boundary lies before code point `c` in NFKC, else 0.
int32_t sk_nfkc_boundary_before(int32_t c);
/// NFKC-normalises `length` units into `dest`; returns the output length (may exceed
/// `capacity`, in which case *status is U_BUFFER_OVERFLOW_ERROR and nothing useful is written).
int32_t sk_nfkc(const uint16_t *_Nullable text, int32_t length, uint16_t *_Nonnull dest,
                int32_t capacity, int32_t *_Nonnull status);

/// Simple (1:1) case folding of a code point.
int32_t sk_fold_case(int32_t c);

typedef struct SKTransliterator SKTransliterator;
/// Opens a transliterator by ICU id (e.g. "Hant-Hans").
SKTransliterator *_Nullable sk_trans_open(const char *_Nonnull identifier, int32_t *_Nonnull status);
SKTransliterator *_Nullable sk_trans_clone(const SKTransliterator *_Nonnull proto, int32_t *_Nonnull status);
void sk_trans_close(SKTransliterator *_Nullable t);
/// Transliterates `buffer[0..<*length]` in place; `capacity` is the buffer's size in units.
/// On return *length is the new length. Returns 0 on success, -1 on failure.
int32_t sk_trans_apply(const SKTransliterator *_Nonnull t, uint16_t *_Nonnull buffer, int32_t *_Nonnull length,
                       int32_t capacity, int32_t *_Nonnull status);

// MARK: - Atomics

/// Acquire-load of an int32 shared with a signal handler (not ICU: the only other C helper the
/// library needs, kept here so that it has a single C target).
int32_t sk_atomic_load_i32(const int32_t *_Nonnull p);
/// Release-store of an int32 shared with a signal handler.
void sk_atomic_store_i32(int32_t *_Nonnull p, int32_t value);
/// Sequentially consistent add; returns the new value. With the two below, the handshake
/// between a thread creating a temporary file and a signal handler removing them all.
int32_t sk_atomic_add_seq_i32(int32_t *_Nonnull p, int32_t delta);
/// Sequentially consistent load.
int32_t sk_atomic_load_seq_i32(const int32_t *_Nonnull p);
/// Sequentially consistent store.
void sk_atomic_store_seq_i32(int32_t *_Nonnull p, int32_t value);

/// Whether `needle` occurs in `haystack` (glibc's two-way `memmem`); 1 or 0. An empty needle
/// occurs everywhere.
int32_t sk_contains_bytes(const uint8_t *_Nullable haystack, int64_t haystack_length,
                          const uint8_t *_Nullable needle, int64_t needle_length);

/// The offset of the first occurrence of `needle` in `haystack` (glibc's `memmem`), or -1.
int64_t sk_find_bytes(const uint8_t *_Nullable haystack, int64_t haystack_length,
                      const uint8_t *_Nullable needle, int64_t needle_length);

/// ICU's version string, e.g. "72.1".
const char *_Nonnull sk_icu_version(void);
/// ICU's name for a status code.
const char *_Nonnull sk_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
