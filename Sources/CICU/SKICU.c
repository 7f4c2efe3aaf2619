// Wrappers around the system ICU. See include/SKICU.h for the contract of each function.
#define _GNU_SOURCE
#include "SKICU.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uclean.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// MARK: - Word break iteration

SKBreakIterator *sk_brk_open_word(const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, locale, NULL, 0, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return NULL; }
    return (SKBreakIterator *)it;
}

SKBreakIterator *sk_brk_clone(const SKBreakIterator *proto, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone((const UBreakIterator *)proto, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return NULL; }
    return (SKBreakIterator *)it;
}

void sk_brk_close(SKBreakIterator *it) {
    if (it != NULL) { ubrk_close((UBreakIterator *)it); }
}

void sk_brk_set_utf16(SKBreakIterator *it, const uint16_t *text, int32_t length, int32_t *status) {
    static const UChar empty[1] = {0};
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)it, text != NULL ? (const UChar *)text : empty, length, &err);
    *status = (int32_t)err;
}

int32_t sk_brk_next_batch(SKBreakIterator *it, int32_t *ends, int32_t *statuses, int32_t capacity) {
    UBreakIterator *bi = (UBreakIterator *)it;
    int32_t n = 0;
    while (n < capacity) {
        int32_t end = ubrk_next(bi);
        if (end == UBRK_DONE) { break; }
        ends[n] = end;
        statuses[n] = ubrk_getRuleStatus(bi);
        n++;
    }
    return n;
}

int64_t sk_bare_word_ranges_utf8(const SKBreakIterator *proto, const uint8_t *utf8, int32_t length) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, (const char *)utf8, length, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) { return -1; }
    err = U_ZERO_ERROR;
    UChar *text = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    if (text == NULL) { return -1; }
    u_strFromUTF8(text, units + 1, NULL, (const char *)utf8, length, &err);
    UBreakIterator *bi = ubrk_clone((const UBreakIterator *)proto, &err);
    if (U_FAILURE(err)) { free(text); return -1; }
    ubrk_setText(bi, text, units, &err);
    size_t cap = 1024, count = 0;
    int32_t *ranges = (int32_t *)malloc(sizeof(int32_t) * 2 * cap);
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        if (ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT) { continue; }
        if (count == cap) {
            cap *= 2;
            int32_t *grown = (int32_t *)realloc(ranges, sizeof(int32_t) * 2 * cap);
            if (grown == NULL) { break; }
            ranges = grown;
        }
        ranges[2 * count] = start;
        ranges[2 * count + 1] = end;
        count++;
    }
    ubrk_close(bi);
    free(ranges);
    free(text);
    return (int64_t)count;
}

// MARK: - Conversion and charset detection

int64_t sk_utf8_to_utf16(const uint8_t *utf8, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t written = 0;
    if (utf8 == NULL || length == 0) { *status = 0; return 0; }
    u_strFromUTF8((UChar *)dest, capacity, &written, (const char *)utf8, length, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return -1; }
    return (int64_t)written;
}

int64_t sk_convert_to_utf16(const char *name, const uint8_t *src, int64_t length, uint16_t *dest,
                            int64_t capacity, int64_t *badOffset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *badOffset = -1;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return -1; }
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    if (U_FAILURE(err)) { ucnv_close(cnv); *status = (int32_t)err; return -1; }
    const char *source = (const char *)src;
    const char *sourceStart = source;
    const char *sourceLimit = source + (src != NULL ? length : 0);
    UChar *target = (UChar *)dest;
    UChar *targetLimit = (UChar *)dest + capacity;
    ucnv_toUnicode(cnv, &target, targetLimit, &source, sourceLimit, NULL, 1, &err);
    if (err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalidLength = (int8_t)sizeof(invalid);
        UErrorCode err2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(cnv, invalid, &invalidLength, &err2);
        int64_t consumed = (int64_t)(source - sourceStart);
        *badOffset = U_SUCCESS(err2) ? consumed - invalidLength : consumed;
        if (*badOffset < 0) { *badOffset = 0; }
    }
    ucnv_close(cnv);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return -1; }
    return (int64_t)(target - (UChar *)dest);
}

int32_t sk_detect_charset(const uint8_t *src, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *confidence = 0;
    if (nameCapacity > 0) { name[0] = 0; }
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return -1; }
    ucsdet_setText(det, (const char *)src, length, &err);
    const UCharsetMatch *match = ucsdet_detect(det, &err);
    int32_t found = 0;
    if (U_SUCCESS(err) && match != NULL) {
        const char *matchName = ucsdet_getName(match, &err);
        int32_t conf = ucsdet_getConfidence(match, &err);
        if (U_SUCCESS(err) && matchName != NULL && nameCapacity > 0) {
            strncpy(name, matchName, (size_t)nameCapacity - 1);
            name[nameCapacity - 1] = 0;
            *confidence = conf;
            found = 1;
        }
    }
    ucsdet_close(det);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return -1; }
    return found;
}

int32_t sk_converter_exists(const char *name) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err) || cnv == NULL) { return 0; }
    ucnv_close(cnv);
    return 1;
}

// MARK: - Normalisation and transliteration

static const UNormalizer2 *nfkc(UErrorCode *err) { return unorm2_getNFKCInstance(err); }

int32_t sk_nfkc_span(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t span = unorm2_spanQuickCheckYes(n, (const UChar *)text, length, &err);
    *status = (int32_t)err;
    return U_SUCCESS(err) ? span : 0;
}

int32_t sk_nfkc_boundary_before(int32_t c) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc(&err);
    if (U_FAILURE(err)) { return 1; }
    return unorm2_hasBoundaryBefore(n, (UChar32)c) ? 1 : 0;
}

int32_t sk_nfkc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    static const UChar empty[1] = {0};
    int32_t out = unorm2_normalize(n, text != NULL ? (const UChar *)text : empty, length,
                                   (UChar *)dest, capacity, &err);
    *status = (int32_t)err;
    return out;
}

int32_t sk_fold_case(int32_t c) { return (int32_t)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT); }

SKTransliterator *sk_trans_open(const char *identifier, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar id[64];
    u_uastrncpy(id, identifier, 63);
    id[63] = 0;
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return NULL; }
    return (SKTransliterator *)t;
}

SKTransliterator *sk_trans_clone(const SKTransliterator *proto, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UTransliterator *t = utrans_clone((const UTransliterator *)proto, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return NULL; }
    return (SKTransliterator *)t;
}

void sk_trans_close(SKTransliterator *t) {
    if (t != NULL) { utrans_close((UTransliterator *)t); }
}

int32_t sk_trans_apply(const SKTransliterator *t, uint16_t *buffer, int32_t *length, int32_t capacity,
                       int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t textLength = *length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buffer, &textLength, capacity, 0, &limit, &err);
    *status = (int32_t)err;
    if (U_FAILURE(err)) { return -1; }
    *length = textLength;
    return 0;
}

const char *sk_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}

const char *sk_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: - Atomics

int32_t sk_atomic_load_i32(const int32_t *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }

void sk_atomic_store_i32(int32_t *p, int32_t value) { __atomic_store_n(p, value, __ATOMIC_RELEASE); }

int32_t sk_atomic_add_seq_i32(int32_t *p, int32_t delta) { return __atomic_add_fetch(p, delta, __ATOMIC_SEQ_CST); }

int32_t sk_atomic_load_seq_i32(const int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }

void sk_atomic_store_seq_i32(int32_t *p, int32_t value) { __atomic_store_n(p, value, __ATOMIC_SEQ_CST); }

// MARK: - Byte search

int32_t sk_contains_bytes(const uint8_t *haystack, int64_t haystack_length, const uint8_t *needle, int64_t needle_length) {
    if (needle_length == 0) return 1;
    if (haystack == NULL || needle == NULL || haystack_length < needle_length) return 0;
    return memmem(haystack, (size_t)haystack_length, needle, (size_t)needle_length) != NULL;
}

int64_t sk_find_bytes(const uint8_t *haystack, int64_t haystack_length, const uint8_t *needle, int64_t needle_length) {
    if (needle_length == 0) return 0;
    if (haystack == NULL || needle == NULL || haystack_length < needle_length) return -1;
    const uint8_t *hit = memmem(haystack, (size_t)haystack_length, needle, (size_t)needle_length);
    return hit == NULL ? -1 : (int64_t)(hit - haystack);
}
