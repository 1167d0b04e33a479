#pragma once

#include <cstdio>
#include <cstdlib>

// A broken invariant found by a fuzz target: reported like a crash (abort), so libFuzzer
// saves the input and the corpus test fails on it.
#define QW_FUZZ_CHECK(condition)                                                               \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)
